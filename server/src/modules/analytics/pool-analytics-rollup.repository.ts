import type { EntityManager } from 'typeorm';
import { CHURN_LOOP } from '@berth/domain';
import type { CohortDayRow, DayFlowRows, PoolAnalyticsQuery } from './pool-analytics.repository';

const FLOW_KIND_NAMES = ['', 'recycledNoFollowUp', 'recycledNoDeal', 'returned', 'released', 'imported', 'claimed', 'assigned'];

/**
 * The same reads as PoolAnalyticsRepository, from the rollups the triggers keep current
 * (migration 1795391700000): hourly flow counts, and one row per claim or assignment with what
 * it came to. Used when no customer dimension filters and the team zone's days start on whole
 * UTC hours; the parity test holds both paths to the domain's numbers.
 */
export class PoolAnalyticsRollupRepository {
  async dayFlows(m: EntityManager, q: PoolAnalyticsQuery): Promise<DayFlowRows> {
    const all: { day: string; kind: number; n: number }[] = await m.query(
      `SELECT hour::date::text AS day, kind, sum(n)::int AS n FROM pool_flow_hours WHERE hour >= $1 AND hour <= $2 GROUP BY 1, 2`,
      [q.startAt, q.now],
    );
    const named = (rows: { day: string; kind: number; n: number }[]) => rows.map((r) => ({ day: r.day, kind: FLOW_KIND_NAMES[r.kind], n: r.n }));
    if (q.scope === null) return { all: named(all), scoped: named(all) };
    const scoped: { day: string; kind: number; n: number }[] = await m.query(
      `SELECT hour::date::text AS day, kind, sum(n)::int AS n FROM pool_rep_hours
        WHERE rep_id = ANY($1::int[]) AND kind <= 7 AND hour >= $2 AND hour < $3 GROUP BY 1, 2`,
      [q.scope, q.startAt, q.endAt],
    );
    return { all: named(all), scoped: named(scoped) };
  }

  /** Gains: claims, assignments, creations, transfers in; losses: pool entries from the rep, transfers out. */
  ownerChangesByDay(m: EntityManager, q: PoolAnalyticsQuery, repIds: number[], since: Date): Promise<{ day: string; repId: number; gained: number; lost: number }[]> {
    return m.query(
      `SELECT hour::date::text AS day, rep_id AS "repId", (sum(n) FILTER (WHERE kind IN (6, 7, 8)))::int AS gained, (sum(n) FILTER (WHERE kind IN (1, 2, 3, 4, 9)))::int AS lost
         FROM pool_rep_hours WHERE rep_id = ANY($1::int[]) AND kind <> 5 AND hour >= $2 AND hour <= $3 GROUP BY 1, 2`,
      [repIds, since, q.now],
    ).then((rows: { day: string; repId: number; gained: number | null; lost: number | null }[]) => rows.map((r) => ({ ...r, gained: r.gained ?? 0, lost: r.lost ?? 0 })));
  }

  /** The customers with 3 recycles in the window, from the marks; counted exactly (the scope may count fewer). */
  churnLoops(m: EntityManager, q: PoolAnalyticsQuery, window: { startAt: Date; endAt: Date }, minRecycles: number) {
    if (q.scope === null && minRecycles === 3) {
      // Everyone's recycles (an admin, who sees every customer): a customer's recycles in the window
      // are its first two plus one mark for each after them, so the marks alone count and rank.
      return m.query(
        `SELECT r.customer_id AS "customerId", r.n AS recycles, c.company_name AS "companyName", o.owner_id AS "ownerId", d.path AS "ownerDepartmentPath"
           FROM (SELECT customer_id, (count(*) + 2)::int AS n FROM churn_marks WHERE at >= $1 AND at < $2 AND second_previous_at >= $1
                  GROUP BY 1 ORDER BY n DESC, customer_id LIMIT $3) r
           JOIN customers c ON c.id = r.customer_id
           JOIN customer_ownership o ON o.customer_id = r.customer_id
           LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id`,
        [window.startAt, window.endAt, CHURN_LOOP.maxListed],
      );
    }
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
   * Per team day and kind (the caller sums rows of the same day and kind). Company-wide, from the
   * hourly counts (migration 1795392000000), except hours whose moves may have a daylight-saving
   * change within 30, 60 or 90 team days: there "within N team days" is not N × 24 hours, so those
   * hours' moves are counted from pool_moves. A scope reads pool_moves by rep.
   */
  cohortDays(m: EntityManager, q: PoolAnalyticsQuery): Promise<CohortDayRow[]> {
    const fromMoves = (from: string, where: string) => `
      SELECT m.at::date::text AS day, CASE m.kind WHEN 6 THEN 'CLAIMED' ELSE 'ASSIGNED' END AS kind, count(*)::int AS size,
             count(*) FILTER (WHERE m.won_at <= m.at + interval '30 days')::int AS won30,
             count(*) FILTER (WHERE m.won_at <= m.at + interval '60 days')::int AS won60,
             count(*) FILTER (WHERE m.won_at <= m.at + interval '90 days')::int AS won90,
             count(*) FILTER (WHERE m.activated_at <= m.at + interval '48 hours')::int AS activated
        FROM ${from} WHERE ${where}
       GROUP BY 1, 2`;
    if (q.scope !== null) return m.query(fromMoves('pool_moves m', 'm.at >= $1 AND m.at < $2 AND m.rep_id = ANY($3::int[])'), [q.startAt, q.endAt, q.scope]);
    return m.query(
      `WITH hours AS MATERIALIZED (
         -- An hour is plain when N team days from its start and from its end are N × 24 hours (the
         -- zone's changes fall on whole hours where team days start on whole hours).
         SELECT h, bool_and(s + make_interval(days => d) = s + make_interval(hours => 24 * d)) AS plain
           FROM generate_series($1::timestamptz, $2::timestamptz - interval '1 hour', interval '1 hour') h
          CROSS JOIN LATERAL (VALUES (h), (h + interval '1 hour')) e(s)
          CROSS JOIN (VALUES (30), (60), (90)) n(d)
          GROUP BY h)
       SELECT c.hour::date::text AS day, CASE c.kind WHEN 6 THEN 'CLAIMED' ELSE 'ASSIGNED' END AS kind, sum(c.size)::int AS size,
              sum(c.won30)::int AS won30, sum(c.won60)::int AS won60, sum(c.won90)::int AS won90, sum(c.activated)::int AS activated
         FROM pool_cohort_hours c JOIN hours ON hours.h = c.hour AND hours.plain
        WHERE c.hour >= $1 AND c.hour < $2
        GROUP BY 1, 2
       UNION ALL
       ${fromMoves(`hours JOIN pool_moves m ON m.at >= hours.h AND m.at < hours.h + interval '1 hour'`, 'NOT hours.plain')}`,
      [q.startAt, q.endAt],
    );
  }

  boomerang(m: EntityManager, q: PoolAnalyticsQuery): Promise<{ repId: number | null; source: string | null; byRep: boolean; moves: number; back: number }[]> {
    return m.query(
      `SELECT rep_id AS "repId", source, GROUPING(source) = 1 AS "byRep", count(*)::int AS moves,
              count(*) FILTER (WHERE next_pool_at <= at + interval '30 days')::int AS back
         FROM pool_moves WHERE at >= $1 AND at < $2 AND at + interval '30 days' <= $4 AND ($3::int[] IS NULL OR rep_id = ANY($3::int[]))
        GROUP BY GROUPING SETS ((rep_id), (source))`,
      [q.startAt, q.endAt, q.scope, q.now],
    );
  }

  async dwell(m: EntityManager, q: PoolAnalyticsQuery): Promise<{ exits: number; medianDays: number | null; p90Days: number | null }> {
    const [row] = await m.query(
      `SELECT count(*)::int AS exits,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days) AS "medianDays",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY x.days) AS "p90Days"
         FROM (SELECT (extract(epoch FROM at - entered_at) * 1000)::float8 / 86400000 AS days FROM pool_moves WHERE at >= $1 AND at < $2 AND entered_at IS NOT NULL) x`,
      [q.startAt, q.endAt],
    );
    return row;
  }
}
