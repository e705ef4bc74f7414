import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from './domain-events';

/** One open transaction, and where the changes made in it report what happened. */
export interface Tx {
  readonly manager: EntityManager;
  /** Keeps `event` until the transaction commits; a rollback drops it unheard. */
  raise(event: DomainEvent): void;
}

/** Turns committed domain events into what subscribers hear. */
export interface EventPublisher {
  publish(events: readonly DomainEvent[]): Promise<void>;
}

/**
 * Runs work in one transaction and publishes the domain events it raised only after the commit:
 * a subscriber never hears of a change that was rolled back, and no service announces by hand.
 * A batch made of many small transactions (a claim or an assignment per customer) collects the
 * committed events in an `EventBatch` and publishes them together at its end.
 */
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async run<T>(work: (tx: Tx) => Promise<T>, batch?: EventBatch): Promise<T> {
    const raised: DomainEvent[] = [];
    const result = await this.dataSource.transaction((manager) => work({ manager, raise: (event) => raised.push(event) }));
    if (batch) batch.add(raised);
    else if (raised.length) await this.publisher.publish(raised);
    return result;
  }

  /** Collects the events of several committed transactions; `publish` them once the batch is done (also when it failed part-way). */
  batch(): EventBatch {
    return new EventBatch(this.publisher);
  }
}

export class EventBatch {
  private readonly events: DomainEvent[] = [];

  constructor(private readonly publisher: EventPublisher) {}

  add(events: readonly DomainEvent[]): void {
    this.events.push(...events);
  }

  async publish(): Promise<void> {
    const events = this.events.splice(0);
    if (events.length) await this.publisher.publish(events);
  }
}

/**
 * Runs one part of a transaction under a savepoint: if it throws, only its own writes are undone
 * (and the events it raised dropped) and the transaction goes on; if it succeeds, its events join
 * the transaction's. An import writes each row so: one bad row never costs the rest of its chunk.
 */
export async function underSavepoint<T>(tx: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  const raised: DomainEvent[] = [];
  await tx.manager.query('SAVEPOINT berth_part');
  let result: T;
  try {
    result = await work({ manager: tx.manager, raise: (event) => raised.push(event) });
  } catch (error) {
    await tx.manager.query('ROLLBACK TO SAVEPOINT berth_part');
    throw error;
  }
  await tx.manager.query('RELEASE SAVEPOINT berth_part');
  for (const event of raised) tx.raise(event);
  return result;
}
