import type { EntityManager } from 'typeorm';
import { NO_FOLLOW_UP_REASON_MARK, type CustomerDimensionFilter, type ReasonCount } from '@berth/domain';

/** What every query is asked: the range as instants, now, whose flows count, and which customers. */
export interface PoolAnalyticsQuery {
  startAt: Date;
  endAt: Date;
  now: Date;
  /** Rep ids whose flows count; null = everyone's, unattributed flows included. */
  scope: number[] | null;
  dimensions: CustomerDimensionFilter;
}

export interface DayKindCount {
  day: string;
  kind: string;
  n: number;
}

/** Per team day and kind: every move (the stock reads them all) and the moves of the scope's reps in the range. */
export interface DayFlowRows {
  all: DayKindCount[];
  scoped: DayKindCount[];
}

export interface CohortDayRow {
  day: string;
  kind: 'CLAIMED' | 'ASSIGNED';
  size: number;
  won30: number;
  won60: number;
  won90: number;
  activated: number;
}

export interface BoomerangRow {
  repId: number | null;
  source: string | null;
  /** By rep (repId set), or by source. */
  byRep: boolean;
  moves: number;
  back: number;
}

export interface ChurnLoopRow {
  customerId: number;
  recycles: number;
  companyName: string;
  ownerId: number | null;
  ownerDepartmentPath: string | null;
}

/**
 * The SQL twin of the domain's pool analytics (packages/domain/src/analytics/pool-*.ts). Every
 * method runs inside `PoolAnalyticsRepository.reading`, whose session time zone is the team's:
 * `::date` is then the team day and `+ interval 'N days'` is addTeamDays, to the millisecond.
 * Customer dimensions are as they are now (a join on customers), as in the domain.
 */
export class PoolAnalyticsRepository {
  /** A read-only transaction in the team's time zone. */
  reading<T>(manager: EntityManager, timeZone: string, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return manager.transaction('REPEATABLE READ', async (m) => {
      await m.query(`SET TRANSACTION READ ONLY`);
      await m.query(`SELECT set_config('TimeZone', $1, true)`, [timeZone]);
      return fn(m);
    });
  }

  /** Every user who may hold customers, with their department now: flows follow the rep's current department. */
  repsWithDepartments(m: EntityManager): Promise<{ id: number; departmentPath: string | null }[]> {
    return m.query(`SELECT u.id, d.path AS "departmentPath" FROM users u LEFT JOIN departments d ON d.id = u.department_id`);
  }

  async departmentPath(m: EntityManager, id: number): Promise<string | null> {
    const [row] = await m.query('SELECT path FROM departments WHERE id = $1', [id]);
    return row?.path ?? null;
  }

  /** Moves into and out of the pool per team day from the range's start up to now (stock needs the days after the range too). */
  async dayFlows(m: EntityManager, q: PoolAnalyticsQuery): Promise<DayFlowRows> {
    const dims = dimensionJoin(q.dimensions, 'x.customer_id', 5);
    const rows: { day: string; kind: string; inScope: boolean; n: number }[] = await m.query(
      `SELECT x.at::date::text AS day, x.kind, ($3::int[] IS NULL OR x.rep_id = ANY($3::int[])) AS "inScope", count(*)::int AS n
         FROM (
           SELECT p.customer_id, p.entered_at AS at, p.previous_owner_id AS rep_id,
                  CASE p.kind WHEN 'RECYCLED' THEN CASE WHEN position($4 in p.reason) > 0 THEN 'recycledNoFollowUp' ELSE 'recycledNoDeal' END
                              WHEN 'RETURNED' THEN 'returned' ELSE 'released' END AS kind
             FROM pool_entries p WHERE p.entered_at >= $1 AND p.entered_at <= $2
           UNION ALL
           SELECT e.customer_id, e.occurred_at, e.to_user_id,
                  CASE e.kind WHEN 'CLAIMED' THEN 'claimed' WHEN 'ASSIGNED' THEN 'assigned' ELSE 'imported' END
             FROM ownership_events e
            WHERE e.occurred_at >= $1 AND e.occurred_at <= $2
              AND (e.kind IN ('CLAIMED', 'ASSIGNED') OR (e.kind IN ('CREATED', 'IMPORTED') AND e.to_user_id IS NULL))
         ) x ${dims.sql}
        GROUP BY 1, 2, 3`,
      [q.startAt, q.now, q.scope, NO_FOLLOW_UP_REASON_MARK, ...dims.params],
    );
    const all = new Map<string, DayKindCount>();
    for (const r of rows) {
      const key = `${r.day}|${r.kind}`;
      const c = all.get(key) ?? { day: r.day, kind: r.kind, n: 0 };
      c.n += r.n;
      all.set(key, c);
    }
    return { all: [...all.values()], scoped: rows.filter((r) => r.inScope) };
  }

  /** The pool now, and how many of it entered at or before `deadCutoff` (their owner change is their entry). */
  async poolNow(m: EntityManager, q: PoolAnalyticsQuery, deadCutoff: Date): Promise<{ size: number; dead: number }> {
    const dims = dimensionJoin(q.dimensions, 'o.customer_id', 2);
    const [row] = await m.query(
      `SELECT count(*)::int AS size, count(*) FILTER (WHERE o.owner_changed_at <= $1)::int AS dead FROM customer_ownership o ${dims.sql} WHERE o.owner_id IS NULL`,
      [deadCutoff, ...dims.params],
    );
    return row;
  }

  /** Returns in the range by reason code ('' for returns written before codes were kept). */
  async returnReasons(m: EntityManager, q: PoolAnalyticsQuery): Promise<ReasonCount[]> {
    const dims = dimensionJoin(q.dimensions, 'p.customer_id', 4);
    return m.query(
      `SELECT coalesce(p.reason_code, '') AS reason, count(*)::int AS count FROM pool_entries p ${dims.sql}
        WHERE p.kind = 'RETURNED' AND p.entered_at >= $1 AND p.entered_at < $2 AND ($3::int[] IS NULL OR p.previous_owner_id = ANY($3::int[]))
        GROUP BY 1`,
      [q.startAt, q.endAt, q.scope, ...dims.params],
    );
  }

  /** Recycles per rep in the range. */
  async recyclesByRep(m: EntityManager, q: PoolAnalyticsQuery): Promise<Map<number, number>> {
    const dims = dimensionJoin(q.dimensions, 'p.customer_id', 4);
    const rows: { repId: number; n: number }[] = await m.query(
      `SELECT p.previous_owner_id AS "repId", count(*)::int AS n FROM pool_entries p ${dims.sql}
        WHERE p.kind = 'RECYCLED' AND p.entered_at >= $1 AND p.entered_at < $2 AND p.previous_owner_id IS NOT NULL
          AND ($3::int[] IS NULL OR p.previous_owner_id = ANY($3::int[]))
        GROUP BY 1`,
      [q.startAt, q.endAt, q.scope, ...dims.params],
    );
    return new Map(rows.map((r) => [r.repId, r.n]));
  }

  async holdingsNow(m: EntityManager, q: PoolAnalyticsQuery, repIds: number[]): Promise<Map<number, number>> {
    const dims = dimensionJoin(q.dimensions, 'o.customer_id', 2);
    const rows: { repId: number; n: number }[] = await m.query(
      `SELECT o.owner_id AS "repId", count(*)::int AS n FROM customer_ownership o ${dims.sql} WHERE o.owner_id = ANY($1::int[]) GROUP BY 1`,
      [repIds, ...dims.params],
    );
    return new Map(rows.map((r) => [r.repId, r.n]));
  }

  /** Owner changes to and from these reps per team day, from `since` up to now. */
  async ownerChangesByDay(m: EntityManager, q: PoolAnalyticsQuery, repIds: number[], since: Date): Promise<{ day: string; repId: number; gained: number; lost: number }[]> {
    const dims = dimensionJoin(q.dimensions, 'e.customer_id', 4);
    return m.query(
      `SELECT x.day, x.rep AS "repId", sum(x.gained)::int AS gained, sum(x.lost)::int AS lost
         FROM (
           SELECT e.occurred_at::date::text AS day, e.to_user_id AS rep, 1 AS gained, 0 AS lost FROM ownership_events e ${dims.sql}
            WHERE e.occurred_at >= $2 AND e.occurred_at <= $3 AND e.to_user_id = ANY($1::int[])
           UNION ALL
           SELECT e.occurred_at::date::text, e.from_user_id, 0, 1 FROM ownership_events e ${dims.sql}
            WHERE e.occurred_at >= $2 AND e.occurred_at <= $3 AND e.from_user_id = ANY($1::int[])
         ) x GROUP BY 1, 2`,
      [repIds, since, q.now, ...dims.params],
    );
  }

  /** Customers recycled 3+ times in the window (by the scope's reps), with what visibility needs. */
  async churnLoops(
    m: EntityManager,
    q: PoolAnalyticsQuery,
    window: { startAt: Date; endAt: Date },
    minRecycles: number,
  ): Promise<ChurnLoopRow[]> {
    const dims = dimensionJoin(q.dimensions, 'p.customer_id', 5);
    return m.query(
      `SELECT r.customer_id AS "customerId", r.n AS recycles, c.company_name AS "companyName", o.owner_id AS "ownerId", d.path AS "ownerDepartmentPath"
         FROM (SELECT p.customer_id, count(*)::int AS n FROM pool_entries p ${dims.sql}
                WHERE p.kind = 'RECYCLED' AND p.entered_at >= $1 AND p.entered_at < $2 AND ($3::int[] IS NULL OR p.previous_owner_id = ANY($3::int[]))
                GROUP BY 1 HAVING count(*) >= $4) r
         JOIN customers c ON c.id = r.customer_id
         JOIN customer_ownership o ON o.customer_id = r.customer_id
         LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id`,
      [window.startAt, window.endAt, q.scope, minRecycles, ...dims.params],
    );
  }

  /**
   * Claims and assignments in the range per team day: how many, how many reached WON within
   * 30/60/90 team days while the receiver still owned the customer (until its next ownership
   * event), how many had the receiver's first counted follow-up within 48 hours.
   */
  async cohortDays(m: EntityManager, q: PoolAnalyticsQuery): Promise<CohortDayRow[]> {
    const dims = dimensionJoin(q.dimensions, 'e.customer_id', 4);
    return m.query(
      `SELECT e.occurred_at::date::text AS day, e.kind::text AS kind, count(*)::int AS size,
              count(*) FILTER (WHERE w.at <= e.occurred_at + interval '30 days')::int AS won30,
              count(*) FILTER (WHERE w.at <= e.occurred_at + interval '60 days')::int AS won60,
              count(*) FILTER (WHERE w.at <= e.occurred_at + interval '90 days')::int AS won90,
              count(*) FILTER (WHERE f.at <= e.occurred_at + interval '48 hours')::int AS activated
         FROM ownership_events e ${dims.sql}
         LEFT JOIN LATERAL (
           SELECT n.occurred_at FROM ownership_events n
            WHERE n.customer_id = e.customer_id AND (n.occurred_at > e.occurred_at OR (n.occurred_at = e.occurred_at AND n.id > e.id))
            ORDER BY n.occurred_at, n.id LIMIT 1) nx ON true
         LEFT JOIN LATERAL (
           SELECT s.changed_at AS at FROM customer_status_changes s
            WHERE s.customer_id = e.customer_id AND s.status = 'WON' AND s.changed_at >= e.occurred_at
              AND (nx.occurred_at IS NULL OR s.changed_at < nx.occurred_at)
            ORDER BY s.changed_at LIMIT 1) w ON true
         LEFT JOIN LATERAL (
           SELECT fu.occurred_at AS at FROM follow_ups fu
            WHERE fu.customer_id = e.customer_id AND fu.author_id = e.to_user_id AND fu.counted AND fu.occurred_at >= e.occurred_at
            ORDER BY fu.occurred_at LIMIT 1) f ON true
        WHERE e.kind IN ('CLAIMED', 'ASSIGNED') AND e.occurred_at >= $1 AND e.occurred_at < $2
          AND ($3::int[] IS NULL OR e.to_user_id = ANY($3::int[]))
        GROUP BY 1, 2`,
      [q.startAt, q.endAt, q.scope, ...dims.params],
    );
  }

  /** Claims and assignments in the range at least 30 team days old, and whether each was back in the pool within 30 days: by rep and by source. */
  async boomerang(m: EntityManager, q: PoolAnalyticsQuery): Promise<BoomerangRow[]> {
    const dims = dimensionWhere(q.dimensions, 5);
    return m.query(
      `SELECT e.to_user_id AS "repId", c.source, GROUPING(c.source) = 1 AS "byRep", count(*)::int AS moves,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM ownership_events n
                 WHERE n.customer_id = e.customer_id AND n.to_user_id IS NULL
                   AND (n.occurred_at > e.occurred_at OR (n.occurred_at = e.occurred_at AND n.id > e.id))
                   AND n.occurred_at <= e.occurred_at + interval '30 days'))::int AS back
         FROM ownership_events e JOIN customers c ON c.id = e.customer_id
        WHERE e.kind IN ('CLAIMED', 'ASSIGNED') AND e.occurred_at >= $1 AND e.occurred_at < $2 AND e.to_user_id IS NOT NULL
          AND e.occurred_at + interval '30 days' <= $4
          AND ($3::int[] IS NULL OR e.to_user_id = ANY($3::int[])) ${dims.sql}
        GROUP BY GROUPING SETS ((e.to_user_id), (c.source))`,
      [q.startAt, q.endAt, q.scope, q.now, ...dims.params],
    );
  }

  /** Stays in the pool that ended in the range: count, median and 90th percentile in days. */
  async dwell(m: EntityManager, q: PoolAnalyticsQuery): Promise<{ exits: number; medianDays: number | null; p90Days: number | null }> {
    const dims = dimensionJoin(q.dimensions, 'e.customer_id', 3);
    const [row] = await m.query(
      `SELECT count(*)::int AS exits,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY x.days) AS "medianDays",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY x.days) AS "p90Days"
         FROM (
           SELECT (extract(epoch FROM e.occurred_at - pv.occurred_at) * 1000)::float8 / 86400000 AS days
             FROM ownership_events e ${dims.sql}
             JOIN LATERAL (
               SELECT p.occurred_at, p.to_user_id FROM ownership_events p
                WHERE p.customer_id = e.customer_id AND (p.occurred_at < e.occurred_at OR (p.occurred_at = e.occurred_at AND p.id < e.id))
                ORDER BY p.occurred_at DESC, p.id DESC LIMIT 1) pv ON pv.to_user_id IS NULL
            WHERE e.kind IN ('CLAIMED', 'ASSIGNED') AND e.occurred_at >= $1 AND e.occurred_at < $2
         ) x`,
      [q.startAt, q.endAt, ...dims.params],
    );
    return row;
  }

  /**
   * Customers whose last event before the range's end (in the past) put them in the pool at or
   * before `cutoff`, from the trail. (At now, poolNow counts them from the ownership rows.)
   */
  async deadAtEnd(m: EntityManager, q: PoolAnalyticsQuery, cutoff: Date): Promise<number> {
    const dims = dimensionJoin(q.dimensions, 'e.customer_id', 3);
    const [row] = await m.query(
      `SELECT count(*)::int AS n FROM ownership_events e ${dims.sql}
        WHERE e.to_user_id IS NULL AND e.occurred_at <= $1
          AND NOT EXISTS (SELECT 1 FROM ownership_events n WHERE n.customer_id = e.customer_id AND n.occurred_at < $2
                             AND (n.occurred_at > e.occurred_at OR (n.occurred_at = e.occurred_at AND n.id > e.id)))`,
      [cutoff, q.endAt, ...dims.params],
    );
    return row.n;
  }
}

/** A join on customers keeping those the dimension filter matches; nothing when it matches all. */
function dimensionJoin(f: CustomerDimensionFilter, customerColumn: string, firstParam: number): { sql: string; params: unknown[] } {
  const where = dimensionWhere(f, firstParam, 'fc');
  if (!where.params.length) return { sql: '', params: [] };
  return { sql: `JOIN customers fc ON fc.id = ${customerColumn} ${where.sql}`, params: where.params };
}

function dimensionWhere(f: CustomerDimensionFilter, firstParam: number, alias = 'c'): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, value: unknown) => {
    if (value == null) return;
    params.push(value);
    parts.push(`${alias}.${column} = $${firstParam + params.length - 1}`);
  };
  add('tier_code', f.tierCode);
  add('source', f.source);
  add('industry', f.industry);
  add('region_id', f.regionId);
  return { sql: parts.map((p) => `AND ${p}`).join(' '), params };
}
