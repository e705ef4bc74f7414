import type { EntityManager } from 'typeorm';
import type { CustomerOwnership, Holdings } from '@berth/domain';

export interface ClaimFacts extends CustomerOwnership {
  tierCode: string;
  enteredPoolAt: Date | null;
  lastLostAt: Date | null;
}

/** When the customer entered the pool this time, and when it last left the claimant (the cooldowns read both). */
const POOL_TIMES = (customer: string, claimant: string) => `
  (SELECT max(p.entered_at) FROM pool_entries p WHERE p.customer_id = ${customer}) AS "enteredPoolAt",
  (SELECT max(p.entered_at) FROM pool_entries p WHERE p.customer_id = ${customer} AND p.previous_owner_id = ${claimant}) AS "lastLostAt"`;

/** Row locks and counts for one claim, always taken customer (its ownership row) first, then the rep's counter. */
export class ClaimRepository {
  /** The cooldowns' times for these customers and this claimant, without a lock (what the pool page shows before a claim). */
  async poolTimes(manager: EntityManager, customerIds: readonly number[], claimantId: number): Promise<Map<number, Pick<ClaimFacts, 'enteredPoolAt' | 'lastLostAt'>>> {
    const rows: (Pick<ClaimFacts, 'enteredPoolAt' | 'lastLostAt'> & { customerId: number })[] = await manager.query(
      `SELECT k.id AS "customerId", ${POOL_TIMES('k.id', '$2')} FROM unnest($1::int[]) AS k(id)`,
      [customerIds, claimantId],
    );
    return new Map(rows.map(({ customerId, ...times }) => [customerId, times]));
  }

  /**
   * Locks the customer's ownership row (FOR UPDATE) and reads what the claim rule needs, with the
   * owner's department for the visibility rule; null if missing.
   */
  async lockCustomer(manager: EntityManager, customerId: number, claimantId: number): Promise<ClaimFacts | null> {
    const rows: ClaimFacts[] = await manager.query(
      `SELECT o.owner_id AS "ownerId", c.tier_code AS "tierCode",
              (SELECT d.path FROM users u JOIN departments d ON d.id = u.department_id WHERE u.id = o.owner_id) AS "ownerDepartmentPath",
              ${POOL_TIMES('c.id', '$2')}
         FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE c.id = $1 FOR UPDATE OF o`,
      [customerId, claimantId],
    );
    return rows[0] ?? null;
  }

  /**
   * Who owns each customer now and their department, without a lock; missing ids are left out.
   * Enough to settle the refusals that depend on ownership alone before any transaction opens.
   */
  async readOwnerships(manager: EntityManager, customerIds: readonly number[]): Promise<Map<number, CustomerOwnership>> {
    const rows: (CustomerOwnership & { customerId: number })[] = await manager.query(
      `SELECT o.customer_id AS "customerId", o.owner_id AS "ownerId", d.path AS "ownerDepartmentPath"
         FROM customer_ownership o LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id
        WHERE o.customer_id = ANY($1::int[])`,
      [customerIds],
    );
    return new Map(rows.map(({ customerId, ...ownership }) => [customerId, ownership]));
  }

  /**
   * Locks the rep's counter row for the day (creating it) and returns today's claims and holdings.
   * One upsert creates-or-locks the counter and returns its count even when another transaction
   * created it meanwhile; the holdings are read by a statement of their own, whose snapshot is
   * taken after the lock, so a claim the rep's other tab just committed is counted.
   */
  async lockQuota(manager: EntityManager, userId: number, day: string): Promise<Holdings & { claimsToday: number }> {
    const [counter] = await manager.query(
      `INSERT INTO claim_counters (user_id, day, claims) VALUES ($1, $2, 0)
       ON CONFLICT (user_id, day) DO UPDATE SET claims = claim_counters.claims RETURNING claims`,
      [userId, day],
    );
    const [held] = await manager.query(
      `SELECT count(*)::int AS holdings, count(*) FILTER (WHERE c.status = 'WON')::int AS won
         FROM customer_ownership o JOIN customers c ON c.id = o.customer_id WHERE o.owner_id = $1`,
      [userId],
    );
    return { claimsToday: counter.claims as number, holdings: held.holdings as number, wonHoldings: held.won as number };
  }

  /**
   * `lockQuota` for every receiver of a batch, in id order (every batch locks counters in the same
   * order, after its customers' rows, as a claim does), with what each holds now.
   */
  async lockQuotas(manager: EntityManager, userIds: readonly number[], day: string): Promise<Map<number, Holdings>> {
    const held = new Map<number, Holdings>();
    for (const userId of [...new Set(userIds)].sort((a, b) => a - b)) held.set(userId, await this.lockQuota(manager, userId, day));
    return held;
  }

  /** The same numbers without locking or creating anything, for display. */
  async readQuota(manager: EntityManager, userId: number, day: string) {
    const [row] = await manager.query(
      `SELECT COALESCE((SELECT claims FROM claim_counters WHERE user_id = $1 AND day = $2), 0)::int AS "claimsToday",
              count(*)::int AS holdings, count(*) FILTER (WHERE c.status = 'WON')::int AS "wonHoldings"
         FROM customer_ownership o JOIN customers c ON c.id = o.customer_id WHERE o.owner_id = $1`,
      [userId, day],
    );
    return row as { claimsToday: number; holdings: number; wonHoldings: number };
  }
}
