import type { DataSource, EntityManager } from 'typeorm';
import { recycleDecision, selectRecyclable, type PoolPolicy } from '@berth/domain';
import type { Clock } from '../../clock';
import { idsByOwner, type CustomerNews } from '../customers/customer-news';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import { DueReader } from './due-reader';
import type { Recycled, RecycleRepository } from './recycle.repository';

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
    private readonly news: CustomerNews,
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
            const moved = await this.dataSource.transaction((m) => this.batch(m, now, policy, due));
            if (!moved) return;
            recycled.push(...moved);
            await this.announce(moved);
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

  /** After each batch commits: every dashboard's pool, and each former owner (and their managers). */
  private async announce(moved: Recycled[]): Promise<void> {
    this.news.poolChanged('RECYCLED', moved.map((r) => r.customerId));
    if (moved.length) await this.news.toEachOwner('RECYCLED', idsByOwner(moved.map((r) => ({ customerId: r.customerId, ownerId: r.previousOwnerId }))));
  }

  /**
   * One batch: the database says what is due, the domain rule confirms and words the reason. A
   * row the rule still finds protected has a stale stored end: it gets the rule's end back, so it
   * neither recycles early nor stays "due" for every later sweep. Null once nothing is left to read.
   */
  private async batch(manager: EntityManager, now: Date, policy: PoolPolicy, reader: DueReader): Promise<Recycled[] | null> {
    const due = await reader.next(manager);
    if (!due.length) return null;
    const facts = await this.recycling.factsOf(manager, due);
    const selected = selectRecyclable(facts, now, policy);
    const chosen = new Set(selected.map((s) => s.customerId));
    const stale = facts.filter((f) => !chosen.has(f.id)).map((f) => ({ customerId: f.id, end: recycleDecision(f, now, policy).protectionEnd }));
    await this.recycling.repairEnds(manager, now, stale);
    return this.recycling.moveToPool(
      manager,
      now,
      selected.map((s) => ({ customerId: s.customerId, ownerId: s.ownerId, reason: s.reason })),
    );
  }
}
