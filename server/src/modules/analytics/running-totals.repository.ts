import type { EntityManager } from 'typeorm';
import { DAY_MS } from '@berth/domain';
import { ANALYTICS_SERIES } from '../../db/migrations/analytics-running-totals-sql';

export type AnalyticsSeries = (typeof ANALYTICS_SERIES)[keyof typeof ANALYTICS_SERIES];
export { ANALYTICS_SERIES };

/**
 * Reads and folds the running totals (migration 1795392100000, analytics-running-totals-sql.ts):
 * per key, the count in a range of whole UTC hours is the total before its end minus the total
 * before its start, plus the deltas no folder has moved into the totals yet.
 */
export class RunningTotalsRepository {
  /**
   * Moves the pending deltas into the totals, writes the checkpoints up to today (UTC) and moves
   * the churn window to `churn` (the current one); -1 when another folder is at it.
   */
  async fold(m: EntityManager, now: Date, churn: { startAt: Date; endAt: Date }): Promise<number> {
    const [row] = await m.query('SELECT berth_fold_analytics($1::date, $2, $3) AS folded', [now.toISOString().slice(0, 10), churn.startAt, churn.endAt]);
    return row.folded;
  }

  /** Count per key in [from, to) (whole UTC hours), for the given keys or all; keys that count 0 are left out. */
  async inRange(m: EntityManager, series: AnalyticsSeries, from: Date, to: Date, keys: readonly string[] | null = null): Promise<Map<string, number>> {
    return (await this.inRanges(m, [series], from, to, keys))[0];
  }

  /** The same for several series in one round trip, in the order asked. */
  async inRanges(m: EntityManager, series: readonly AnalyticsSeries[], from: Date, to: Date, keys: readonly string[] | null = null): Promise<Map<string, number>[]> {
    const [{ day, latest }] = await m.query(
      `SELECT (SELECT day::text FROM analytics_checkpoints) AS day, (SELECT max(latest_hour) FROM analytics_keys WHERE series = ANY($1::smallint[])) AS latest`,
      [series],
    );
    const checkpoint = Date.parse(`${day}T00:00:00Z`);
    // Before t, every key that has a total has one since the UTC midnight before t, when that midnight has its checkpoints.
    const midnightBefore = (t: Date) => new Date(Math.floor((t.getTime() - 1) / DAY_MS) * DAY_MS);
    const spanned = midnightBefore(from).getTime() <= checkpoint && midnightBefore(to).getTime() <= checkpoint;
    // A range to now or later: every key's total before its end is the key's latest.
    const toLatest = latest === null || latest < to;
    const params: unknown[] = [series, from, to, keys];
    const param = (value: unknown) => `$${params.push(value)}`;
    const before = (label: 'to' | 'from', at: Date, atParam: string) =>
      label === 'to' && toLatest ? LATEST(label) : spanned ? SPAN_BEFORE(label, atParam, param(midnightBefore(at))) : PROBE_BEFORE(label, atParam);
    const rows: { at: 'to' | 'from' | 'pending'; series: number; key: string; n: string }[] = await m.query(
      `${before('to', to, '$3')} UNION ALL ${before('from', from, '$2')}
       UNION ALL SELECT 'pending', series, key, sum(n)::text FROM analytics_deltas
                  WHERE series = ANY($1::smallint[]) AND hour >= $2 AND hour < $3 AND ($4::text[] IS NULL OR key = ANY($4::text[])) GROUP BY 2, 3`,
      params,
    );
    const counts = series.map(() => new Map<string, number>());
    for (const r of rows) {
      const map = counts[series.indexOf(r.series as AnalyticsSeries)];
      map.set(r.key, (map.get(r.key) ?? 0) + (r.at === 'from' ? -Number(r.n) : Number(r.n)));
    }
    for (const map of counts) for (const [key, n] of map) if (n === 0) map.delete(key);
    return counts;
  }
}

/** Each key's total before the instant in parameter `at`: the latest since the UTC midnight before it (parameter `since`), which has every key's checkpoint. */
const SPAN_BEFORE = (label: string, at: string, since: string) => `
  SELECT '${label}' AS at, series, key, n::text FROM (
    SELECT DISTINCT ON (series, key) series, key, n FROM analytics_totals
     WHERE series = ANY($1::smallint[]) AND hour >= ${since} AND hour < ${at} AND ($4::text[] IS NULL OR key = ANY($4::text[]))
     ORDER BY series, key, hour DESC) b`;

/** Each key's latest total (when nothing was counted at or after the instant asked about). */
const LATEST = (label: string) => `
  SELECT '${label}' AS at, series, key, latest_n::text AS n FROM analytics_keys WHERE series = ANY($1::smallint[]) AND ($4::text[] IS NULL OR key = ANY($4::text[]))`;

/** The same by a probe per key, for when the checkpoints lag behind (no folder has run today). */
const PROBE_BEFORE = (label: string, at: string) => `
  SELECT '${label}' AS at, k.series, k.key, b.n::text FROM analytics_keys k
   CROSS JOIN LATERAL (SELECT t.n FROM analytics_totals t WHERE t.series = k.series AND t.key = k.key AND t.hour < ${at} ORDER BY t.hour DESC LIMIT 1) b
   WHERE k.series = ANY($1::smallint[]) AND ($4::text[] IS NULL OR k.key = ANY($4::text[]))`;
