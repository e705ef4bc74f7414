import type { EntityManager } from 'typeorm';
import { BOOMERANG_DAYS, CHURN_LOOP, HOUR_MS, interpolateRanks, percentileRanks, type DwellTime, type ReasonCount } from '@berth/domain';
import type { BoomerangRow, ChurnLoopRow, CohortDayRow, DayFlowRows, PoolAnalyticsQuery, PoolAnalyticsRepository } from './pool-analytics.repository';
import { ANALYTICS_SERIES, RunningTotalsRepository } from './running-totals.repository';

const FLOW_KIND_NAMES = ['', 'recycledNoFollowUp', 'recycledNoDeal', 'returned', 'released', 'imported', 'claimed', 'assigned'];

/**
 * The same reads as PoolAnalyticsRepository, from the rollups the triggers keep current
 * (migration 1795391700000): hourly flow counts, and one row per claim or assignment with what
 * it came to. Used when no customer dimension filters and the team zone's days start on whole
 * UTC hours; the parity test holds both paths to the domain's numbers.
 */
export class PoolAnalyticsRollupRepository {
  constructor(
    private readonly totals: RunningTotalsRepository,
    /** The reads of the trail, for what the rollups do not count (a scope's returns). */
    private readonly rows: Pick<PoolAnalyticsRepository, 'returnReasons'>,
  ) {}

  /** Returns by reason code in the range: company-wide from the running totals, a scope's from pool_entries. */
  async returnReasons(m: EntityManager, q: PoolAnalyticsQuery): Promise<ReasonCount[]> {
    if (q.scope !== null) return this.rows.returnReasons(m, q);
    const counts = await this.totals.inRange(m, ANALYTICS_SERIES.returnsByReason, q.startAt, q.endAt);
    return [...counts].map(([reason, count]) => ({ reason, count }));
  }

  /** Recycles per rep in the range, from the running totals. */
  async recyclesByRep(m: EntityManager, q: PoolAnalyticsQuery): Promise<Map<number, number>> {
    const counts = await this.totals.inRange(m, ANALYTICS_SERIES.recyclesByRep, q.startAt, q.endAt, q.scope?.map(String) ?? null);
    return new Map([...counts].map(([rep, n]) => [Number(rep), n]));
  }
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
   * counting every customer. A mark's streak (its customer's recycles in the 366 days up to it)
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

  /**
   * Company-wide, from the running totals of moves and of moves back within 720 hours, where
   * those are "30 team days" (no daylight-saving change within 30 days of any hour read); the
   * moves of the last, partial hour before the 30-day cutoff come from pool_moves. A scope, or a
   * range near a change, reads pool_moves.
   */
  async boomerang(m: EntityManager, q: PoolAnalyticsQuery): Promise<BoomerangRow[]> {
    const cutoff = new Date(q.now.getTime() - BOOMERANG_DAYS * 24 * HOUR_MS);
    const end = cutoff < q.endAt ? cutoff : q.endAt;
    const wholeEnd = new Date(Math.max(q.startAt.getTime(), Math.floor(end.getTime() / HOUR_MS) * HOUR_MS));
    if (q.scope !== null || !(await this.plainDays(m, q.startAt, new Date(wholeEnd.getTime() + HOUR_MS), BOOMERANG_DAYS))) return this.boomerangFromMoves(m, q, q.startAt, q.endAt);
    const [moves, back, sourceMoves, sourceBack] = await this.totals.inRanges(
      m,
      [ANALYTICS_SERIES.movesByRep, ANALYTICS_SERIES.backByRep, ANALYTICS_SERIES.movesBySource, ANALYTICS_SERIES.backBySource],
      q.startAt,
      wholeEnd,
    );
    // 30 team days are 720 hours here: a move is 30 days old when it is at the cutoff or before.
    const tail = await this.boomerangFromMoves(m, q, wholeEnd, new Date(Math.min(q.endAt.getTime(), cutoff.getTime() + 1)));
    const rows = new Map<string, BoomerangRow>();
    const add = (byRep: boolean, key: string, n: number, b: number) => {
      const id = `${byRep}:${key}`;
      const row = rows.get(id) ?? { repId: byRep ? Number(key) : null, source: byRep || key === '' ? null : key, byRep, moves: 0, back: 0 };
      row.moves += n;
      row.back += b;
      rows.set(id, row);
    };
    for (const [rep, n] of moves) add(true, rep, n, back.get(rep) ?? 0);
    for (const [source, n] of sourceMoves) add(false, source, n, sourceBack.get(source) ?? 0);
    for (const r of tail) add(r.byRep, r.byRep ? String(r.repId) : (r.source ?? ''), r.moves, r.back);
    return [...rows.values()];
  }

  /** Claims and assignments in [since, until) that are 30 team days old, by rep and by source, from pool_moves. */
  private boomerangFromMoves(m: EntityManager, q: PoolAnalyticsQuery, since: Date, until: Date): Promise<BoomerangRow[]> {
    return m.query(
      `SELECT rep_id AS "repId", source, GROUPING(source) = 1 AS "byRep", count(*)::int AS moves,
              count(*) FILTER (WHERE next_pool_at <= at + interval '30 days')::int AS back
         FROM pool_moves WHERE at >= $1 AND at < $2 AND at + interval '30 days' <= $4 AND ($3::int[] IS NULL OR rep_id = ANY($3::int[]))
        GROUP BY GROUPING SETS ((rep_id), (source))`,
      [since, until, q.scope, q.now],
    );
  }

  /** Whether N team days are N × 24 hours from every whole hour in [from, to] (the session's zone is the team's). */
  private async plainDays(m: EntityManager, from: Date, to: Date, days: number): Promise<boolean> {
    if (to <= from) return true;
    const [row] = await m.query(
      `SELECT coalesce(bool_and(h + make_interval(days => $3) = h + make_interval(hours => 24 * $3)), true) AS plain
         FROM generate_series($1::timestamptz, $2::timestamptz, interval '1 hour') h`,
      [from, to, days],
    );
    return row.plain;
  }

  /**
   * Exits per dwell bucket come from the running totals; the percentiles then need only the
   * stays of the one or two buckets their ranks fall in, read from pool_moves in order.
   */
  async dwell(m: EntityManager, q: PoolAnalyticsQuery): Promise<DwellTime> {
    const counts = [...(await this.totals.inRange(m, ANALYTICS_SERIES.exitsByDwell, q.startAt, q.endAt))].map(([b, n]) => ({ bucket: Number(b), n })).sort((a, b) => a.bucket - b.bucket);
    const exits = counts.reduce((sum, c) => sum + c.n, 0);
    if (!exits) return { exits: 0, medianDays: null, p90Days: null };
    const ranks = [percentileRanks(exits, 0.5), percentileRanks(exits, 0.9)];
    const located = (rank: number) => {
      let before = 0;
      for (const c of counts) {
        if (rank < before + c.n) return { bucket: c.bucket, offset: rank - before };
        before += c.n;
      }
      throw new Error(`dwell rank ${rank} is beyond ${exits} exits`);
    };
    const buckets = [...new Set(ranks.flatMap((r) => [located(r.lo).bucket, located(r.hi).bucket]))];
    const rows: { bucket: number; days: number[] }[] = await m.query(
      `SELECT dwell_bucket AS bucket, array_agg((extract(epoch FROM at - entered_at) * 1000)::float8 / 86400000 ORDER BY at - entered_at) AS days
         FROM pool_moves WHERE dwell_bucket = ANY($1::smallint[]) AND at >= $2 AND at < $3 AND entered_at IS NOT NULL GROUP BY 1`,
      [buckets, q.startAt, q.endAt],
    );
    const days = new Map(rows.map((r) => [r.bucket, r.days]));
    const value = (rank: number) => {
      const { bucket, offset } = located(rank);
      return days.get(bucket)![offset];
    };
    const [median, p90] = ranks.map((r) => interpolateRanks(r, value(r.lo), value(r.hi)));
    return { exits, medianDays: median, p90Days: p90 };
  }
}
