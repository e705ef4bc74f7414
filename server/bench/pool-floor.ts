/**
 * The floor for the recycle sweep in `pnpm bench:pool`: the same due rows moved by one
 * set-based statement in one transaction (no batches, no domain rule, no announcements), with
 * every trigger and foreign key on, then rolled back so the sweep meets the same data.
 */
import type { DataSource } from 'typeorm';
import type { PoolPolicy } from '@berth/domain';

export interface FloorRun {
  moved: number;
  /** The move statement: ownership rows, events, pool entries, foreign-key checks. */
  statementSeconds: number;
  /** The deferred per-row trigger ("no owner change without its event"), fired as a commit would. */
  triggerSeconds: number;
  seconds: number;
}

export async function setBasedFloor(ds: DataSource, now: Date, policy: Pick<PoolPolicy, 'excludeWon' | 'excludeLocked'>): Promise<FloorRun> {
  const runner = ds.createQueryRunner();
  await runner.startTransaction();
  try {
    const start = process.hrtime.bigint();
    const [{ moved }] = await runner.query(
      `WITH moved AS (
         UPDATE customer_ownership o SET owner_id = NULL, owned_since = NULL, owner_changed_at = $1, protected_until = NULL
           FROM customers c, customer_ownership before
          WHERE c.id = o.customer_id AND before.customer_id = o.customer_id
            AND o.owner_id IS NOT NULL AND o.protected_until <= $1
            AND ($2::boolean IS FALSE OR c.status <> 'WON') AND ($3::boolean IS FALSE OR NOT o.locked)
         RETURNING o.customer_id AS id, before.owner_id
       ),
       events AS (
         INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, reason, actor_id, occurred_at)
         SELECT id, owner_id, NULL, 'RECYCLED', 'floor', NULL, $1 FROM moved
       ),
       entries AS (
         INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, entered_at)
         SELECT id, 'RECYCLED', owner_id, 'floor', $1 FROM moved
       )
       SELECT count(*)::int AS moved FROM moved`,
      [now, policy.excludeWon, policy.excludeLocked],
    );
    const statementDone = process.hrtime.bigint();
    await runner.query('SET CONSTRAINTS ALL IMMEDIATE');
    const end = process.hrtime.bigint();
    return {
      moved,
      statementSeconds: Number(statementDone - start) / 1e9,
      triggerSeconds: Number(end - statementDone) / 1e9,
      seconds: Number(end - start) / 1e9,
    };
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
    // The rolled-back versions would otherwise slow the sweep that follows.
    await ds.query('VACUUM ANALYZE customer_ownership, ownership_events, pool_entries');
    await ds.query('CHECKPOINT');
  }
}
