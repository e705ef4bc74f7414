import type { CustomerChangeKind, PoolChangedEvent } from '../../graphql/pubsub';
import { idsByOwner, type CustomerNews } from '../customers/customer-news';
import type { AppliedMove, DomainEvent } from './domain-events';
import type { EventPublisher } from './unit-of-work';

/** What the owners' dashboards hear of each kind of move (a manager's transfer reads as an assignment). */
const CHANGE_KIND: Record<AppliedMove['kind'], CustomerChangeKind> = {
  CREATED: 'CREATED',
  IMPORTED: 'CREATED',
  CLAIMED: 'CLAIMED',
  ASSIGNED: 'ASSIGNED',
  TRANSFERRED: 'ASSIGNED',
  RETURNED: 'RETURNED',
  RECYCLED: 'RECYCLED',
  RELEASED: 'RELEASED',
};

/**
 * Tells subscribers about committed changes. Owner changes: every dashboard what entered or left
 * the pool, and each owner concerned (the one who lost a customer and the one who got it, with the
 * managers above them) about their own customers. Record changes: whoever the event names. The
 * unit of work calls it after commit only.
 */
export class CommittedNews implements EventPublisher {
  constructor(private readonly news: CustomerNews) {}

  async publish(events: readonly DomainEvent[]): Promise<void> {
    const byKind = new Map<AppliedMove['kind'], AppliedMove[]>();
    for (const event of events) {
      if (event.type === 'CUSTOMER_CHANGED') {
        this.news.publish(event.event);
        continue;
      }
      for (const move of event.moves) {
        const moves = byKind.get(move.kind) ?? [];
        moves.push(move);
        byKind.set(move.kind, moves);
      }
    }
    for (const [kind, moves] of byKind) {
      const pool = moves.filter(touchesPool).map((m) => m.customerId);
      if (pool.length) this.news.poolChanged(poolKind(kind), pool);
      const owners = moves.flatMap((m) => [m.from, m.to].flatMap((ownerId) => (ownerId === null ? [] : [{ customerId: m.customerId, ownerId }])));
      if (owners.length) await this.news.toEachOwner(CHANGE_KIND[kind], idsByOwner(owners));
    }
  }
}

/** The move put a customer into the pool or took one out of it (a new customer given an owner did neither). */
function touchesPool(move: AppliedMove): boolean {
  return move.to === null || (move.from === null && move.kind !== 'CREATED' && move.kind !== 'IMPORTED');
}

function poolKind(kind: AppliedMove['kind']): PoolChangedEvent['kind'] {
  switch (kind) {
    case 'RECYCLED':
    case 'RETURNED':
    case 'RELEASED':
    case 'IMPORTED':
    case 'CLAIMED':
      return kind;
    default:
      return 'ASSIGNED';
  }
}
