import type { EntityManager } from 'typeorm';
import { CHURN_LOOP } from '@berth/domain';
import type { ChurnLoopRow, PoolAnalyticsQuery } from './pool-analytics.repository';

/**
 * Churn loops from their rollups (migrations 1795391700000 and 1795392100000): the current
 * window's counts (churn_window), the churn marks for any other window, and for a scope the
 * marks' customers counted by the scope's recycles.
 */
export class ChurnLoopRollups {
  /** The customers with 3 or more recycles in the window; counted exactly (the scope may count fewer). */
  churnLoops(m: EntityManager, q: PoolAnalyticsQuery, window: { startAt: Date; endAt: Date }, minRecycles: number): Promise<ChurnLoopRow[]> {
    if (q.scope === null && minRecycles === CHURN_LOOP.minRecycles) return this.mostRecycled(m, window);
    return m.query(
      `SELECT r.customer_id AS "customerId", r.n AS recycles, c.company_name AS "companyName", o.owner_id AS "ownerId", d.path AS "ownerDepartmentPath"
         FROM (SELECT k.customer_id, cnt.n
                 FROM (SELECT DISTINCT customer_id FROM churn_marks WHERE at >= $1 AND at < $2 AND second_previous_at >= $1) k
                 CROSS JOIN LATERAL (
                   SELECT count(*)::int AS n FROM pool_entries p
                    WHERE p.customer_id = k.customer_id AND p.kind::text = 'RECYCLED' -- ::text: count by customer, never scan by kind
                      AND p.entered_at >= $1 AND p.entered_at < $2 AND ($3::int[] IS NULL OR p.previous_owner_id = ANY($3::int[]))) cnt
                WHERE cnt.n >= $4) r
         JOIN customers c ON c.id = r.customer_id
         JOIN customer_ownership o ON o.customer_id = r.customer_id
         LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id`,
      [window.startAt, window.endAt, q.scope, minRecycles],
    );
  }

  /**
   * Everyone's recycles (an admin, who sees every customer): the most recycled customers without
   * counting every customer. The current window (the folder keeps it) is the top of an index.
   * For another window, the churn marks: a mark's streak (its customer's recycles in the 366 days up to it)
   * bounds from above the count of any window ending after it, so every customer with t or more
   * recycles in the window has a mark in it with a streak of t or more. Going down from the
   * highest streak, the customers of each streak are counted exactly, until the listed number
   * have at least the streak reached: nobody not yet counted can rank above them.
   */
  async mostRecycled(m: EntityManager, window: { startAt: Date; endAt: Date }, listed: number = CHURN_LOOP.maxListed): Promise<ChurnLoopRow[]> {
    const [{ current }] = await m.query('SELECT (start_at, end_at) = ($1::timestamptz, $2::timestamptz) AS current FROM churn_window_bounds', [window.startAt, window.endAt]);
    if (current) {
      // The current window (the folder keeps it): its most recycled customers are the top of an index.
      const top: { id: number; n: number }[] = await m.query('SELECT customer_id AS id, n FROM churn_window WHERE n >= $1 ORDER BY n DESC, customer_id LIMIT $2', [CHURN_LOOP.minRecycles, listed]);
      return this.churnCustomers(m, top.map((r) => [r.id, r.n]));
    }
    const [{ highest }] = await m.query('SELECT max(streak) AS highest FROM churn_marks WHERE at >= $1 AND at < $2', [window.startAt, window.endAt]);
    const counts = new Map<number, number>();
    for (let streak = highest ?? 0; streak >= CHURN_LOOP.minRecycles; streak--) {
      const rows: { id: number; n: number }[] = await m.query(
        `SELECT k.customer_id AS id, cnt.n
           FROM (SELECT DISTINCT customer_id FROM churn_marks WHERE streak = $3 AND at >= $1 AND at < $2) k
          CROSS JOIN LATERAL (
            SELECT count(*)::int AS n FROM pool_entries p
             WHERE p.customer_id = k.customer_id AND p.kind::text = 'RECYCLED' -- ::text: count by customer, never scan by kind
               AND p.entered_at >= $1 AND p.entered_at < $2) cnt`,
        [window.startAt, window.endAt, streak],
      );
      for (const r of rows) counts.set(r.id, r.n);
      if ([...counts.values()].filter((n) => n >= streak).length >= listed) break;
    }
    const top = [...counts]
      .filter(([, n]) => n >= CHURN_LOOP.minRecycles)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, listed);
    return this.churnCustomers(m, top);
  }

  /** The listed customers (id, recycles) with what the page and visibility need. */
  private async churnCustomers(m: EntityManager, top: [number, number][]): Promise<ChurnLoopRow[]> {
    if (!top.length) return [];
    const recycles = new Map(top);
    const rows: Omit<ChurnLoopRow, 'recycles'>[] = await m.query(
      `SELECT c.id AS "customerId", c.company_name AS "companyName", o.owner_id AS "ownerId", d.path AS "ownerDepartmentPath"
         FROM customers c JOIN customer_ownership o ON o.customer_id = c.id
         LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id
        WHERE c.id = ANY($1::int[])`,
      [top.map(([id]) => id)],
    );
    return rows.map((r) => ({ ...r, recycles: recycles.get(r.customerId)! }));
  }
}
