import type { EntityManager } from 'typeorm';
import { BOOMERANG_DAYS, HOUR_MS, interpolateRanks, percentileRanks, type DwellTime, type ReasonCount } from '@berth/domain';
import type { BoomerangRow, ChurnLoopRow, CohortDayRow, DayFlowRows, PoolAnalyticsQuery, PoolAnalyticsRepository } from './pool-analytics.repository';
import { ANALYTICS_SERIES, RunningTotalsRepository } from './running-totals.repository';
import { ChurnLoopRollups } from './churn-loops.rollup';

const FLOW_KIND_NAMES = ['', 'recycledNoFollowUp', 'recycledNoDeal', 'returned', 'released', 'imported', 'claimed', 'assigned'];

/**
 * The same reads as PoolAnalyticsRepository, from the rollups kept current with every write
 * (migrations 1795391700000 to 1795392200000; docs/managers-desk.md): hourly flow and cohort
 * counts, one row per claim or assignment with what it came to, running totals per rep, source,
 * dwell bucket and reason, and the churn window. Used when no customer dimension filters and the
 * team zone's days start on whole UTC hours; the parity test holds both paths to the domain's numbers.
 */
export class PoolAnalyticsRollupRepository {
  constructor(
    private readonly totals: RunningTotalsRepository,
    /** The reads of the trail, for what the rollups do not count (a scope's returns). */
    private readonly rows: Pick<PoolAnalyticsRepository, 'returnReasons'>,
  ) {}

  readonly churn = new ChurnLoopRollups();

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

  /** Customers with 3 or more recycles in the window (churn-loops.rollup.ts). */
  churnLoops(m: EntityManager, q: PoolAnalyticsQuery, window: { startAt: Date; endAt: Date }, minRecycles: number): Promise<ChurnLoopRow[]> {
    return this.churn.churnLoops(m, q, window, minRecycles);
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
