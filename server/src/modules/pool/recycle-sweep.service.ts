import type { DataSource } from 'typeorm';
import { recycleDecision, selectRecyclable, type PoolPolicy } from '@berth/domain';
import type { Clock } from '../../clock';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { Tx, UnitOfWork } from '../ownership/unit-of-work';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import { DueReader } from './due-reader';
import type { RecycleRepository } from './recycle.repository';

export interface Recycled {
  customerId: number;
  previousOwnerId: number;
}

const LOCK_KEY = 'berth:recycle-sweep';

export interface SweepResult {
  /** Another instance was sweeping: this one did nothing. */
  skipped: boolean;
  recycled: Recycled[];
}

/**
 * Moves customers whose protection has ended into the public pool. Safe to start from every
 * instance at once: a session advisory lock lets one sweep run at a time, and each batch is a
 * conditional update under row locks, so re-running (or racing) changes nothing twice.
 */
export class RecycleSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recycling: RecycleRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly ledger: OwnershipLedger,
    private readonly batchSize = 500,
    /**
     * Batch loops run side by side inside one sweep, taking turns at the due rows; the database
     * does most of the work, so two keep it busy while the other waits on a round trip.
     */
    private readonly workers = 2,
  ) {}

  async sweep(now: Date = this.clock.now()): Promise<SweepResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LOCK_KEY]);
      if (!locked) return { skipped: true, recycled: [] };
      try {
        const policy = await this.policies.current();
        const recycled: Recycled[] = [];
        // Each batch starts after the last one handed out, so every due row is read once per
        // sweep, even one the rule can neither move nor repair.
        const due = new DueReader((m, after) => this.recycling.due(m, now, this.batchSize, policy, after));
        const work = async () => {
          for (;;) {
            // Each batch is announced as soon as it commits (the unit of work publishes it).
            const moved = await this.uow.run((tx) => this.batch(tx, now, policy, due));
            if (!moved) return;
            recycled.push(...moved);
          }
        };
        await Promise.all(Array.from({ length: this.workers }, work));
        return { skipped: false, recycled };
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * One batch: the database says what is due, the domain rule confirms and words the reason. A
   * row the rule still finds protected has a stale stored end: it gets the rule's end back, so it
   * neither recycles early nor stays "due" for every later sweep. Null once nothing is left to read.
   */
  private async batch(tx: Tx, now: Date, policy: PoolPolicy, reader: DueReader): Promise<Recycled[] | null> {
    const { manager } = tx;
    const due = await reader.next(manager);
    if (!due.length) return null;
    const facts = await this.recycling.factsOf(manager, due);
    const selected = selectRecyclable(facts, now, policy);
    const chosen = new Set(selected.map((s) => s.customerId));
    const stale = facts.filter((f) => !chosen.has(f.id)).map((f) => ({ customerId: f.id, end: recycleDecision(f, now, policy).protectionEnd }));
    await this.recycling.repairEnds(manager, now, stale);
    // Only if still the same owner's and still past its end: a follow-up or a claim in between wins.
    const moved = await this.ledger.apply(
      tx,
      now,
      selected.map((s) => ({ customerId: s.customerId, kind: 'RECYCLED', from: s.ownerId, to: null, actorId: null, protectedUntil: null, reason: s.reason, onlyIfDue: true })),
    );
    return moved.map((m) => ({ customerId: m.customerId, previousOwnerId: m.from! }));
  }
}
