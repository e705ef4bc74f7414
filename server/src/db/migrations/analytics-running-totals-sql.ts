/**
 * The SQL of the running totals (migration 1795392100000), shared by the migrations that create
 * and later extend them and by the reads (PoolAnalyticsRunningTotals).
 *
 * A series counts one kind of thing per key and UTC hour; analytics_totals holds, per series, key
 * and hour, the count of everything up to the end of that hour, so a range [from, to) of any
 * length is two index probes per key: the total before `to` minus the total before `from`.
 * Writers never touch a total: their statement triggers append what they add to analytics_deltas
 * (a plain insert, no lock), and one folder at a time moves the deltas into the totals
 * (berth_fold_analytics). A read adds the deltas not folded yet, so it is exact at every moment;
 * the folder only keeps the deltas few.
 */
export const ANALYTICS_SERIES = {
  /** Recycles from each rep (key: the previous owner's id), by when they entered the pool. */
  recyclesByRep: 1,
  /** Claims and assignments to each rep, by when they happened. */
  movesByRep: 2,
  /** Of those, the ones back in the pool within 720 hours (30 days without a daylight-saving change). */
  backByRep: 3,
  /** Claims and assignments by the customer's source ('' for none), by when they happened. */
  movesBySource: 4,
  backBySource: 5,
  /** Claims and assignments that ended a stay in the pool, by dwell bucket (berth_dwell_bucket), by when they happened. */
  exitsByDwell: 6,
  /** Returns by the reason's code ('' for returns written before codes were kept), by when they entered the pool. */
  returnsByReason: 7,
} as const;

/** Each claim's or assignment's counts, from a set of pool_moves rows (a table, or a trigger's transition table). */
export const moveContributions = (rows: string) => `
  SELECT v.series, v.key, berth_utc_hour(r.at) AS hour, v.n
    FROM ${rows} r
   CROSS JOIN LATERAL (VALUES
     (${ANALYTICS_SERIES.movesByRep}::smallint, r.rep_id::text, 1),
     (${ANALYTICS_SERIES.backByRep}, r.rep_id::text, (r.next_pool_at <= r.at + interval '720 hours')::int),
     (${ANALYTICS_SERIES.movesBySource}, coalesce(r.source, ''), 1),
     (${ANALYTICS_SERIES.backBySource}, coalesce(r.source, ''), (r.next_pool_at <= r.at + interval '720 hours')::int),
     (${ANALYTICS_SERIES.exitsByDwell}, r.dwell_bucket::text, (r.entered_at IS NOT NULL)::int)) v(series, key, n)
   WHERE v.n = 1`;

/** Each pool entry's counts, from a set of pool_entries rows. */
export const entryContributions = (rows: string) => `
  SELECT ${ANALYTICS_SERIES.recyclesByRep}::smallint AS series, r.previous_owner_id::text AS key, berth_utc_hour(r.entered_at) AS hour, 1 AS n
    FROM ${rows} r
   WHERE r.kind = 'RECYCLED' AND r.previous_owner_id IS NOT NULL`;

/** Each return's count by its reason code (migration 1795392200000), from a set of pool_entries rows. */
export const returnContributions = (rows: string) => `
  SELECT ${ANALYTICS_SERIES.returnsByReason}::smallint AS series, coalesce(r.reason_code, '') AS key, berth_utc_hour(r.entered_at) AS hour, 1 AS n
    FROM ${rows} r
   WHERE r.kind = 'RETURNED'`;

/**
 * A zero count at every UTC midnight after each key's `since` up to the last checkpointed day,
 * from a set of (series, key, since) rows: summed with the counts, they become the checkpoints.
 */
export const checkpointRows = (keys: string) => `
  SELECT k.series, k.key, g.hour, 0 FROM ${keys} k CROSS JOIN analytics_checkpoints c
   CROSS JOIN LATERAL generate_series(date_trunc('day', k.since AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 day',
                                      c.day::timestamp AT TIME ZONE 'UTC', interval '1 day') g(hour)`;

/**
 * The totals of rows already written, from their contributions, with a checkpoint each UTC
 * midnight from each key's first hour to the last checkpointed day: the running sum over the
 * hours and the midnights together. Then their keys.
 */
export const backfillTotals = (contributions: string) => [
  `INSERT INTO analytics_totals (series, key, hour, n)
   WITH counts AS (SELECT series, key, hour, sum(n) AS n FROM (${contributions}) c GROUP BY 1, 2, 3),
   firsts AS (SELECT series, key, min(hour) AS since FROM counts GROUP BY 1, 2)
   SELECT series, key, hour, sum(sum(n)) OVER (PARTITION BY series, key ORDER BY hour) FROM (
     SELECT * FROM counts
     UNION ALL ${checkpointRows('firsts')}) x
   GROUP BY 1, 2, 3`,
  `INSERT INTO analytics_keys (series, key, latest_hour, latest_n) SELECT series, key, max(hour), sum(n) FROM (${contributions}) c GROUP BY 1, 2`,
];

/** The pool entries' trigger: their counts into the deltas, and recycles into the current churn window. */
export const entryDeltasTrigger = (contributions: string) => `CREATE OR REPLACE FUNCTION berth_analytics_entry_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE w record;
            BEGIN
                INSERT INTO analytics_deltas (series, key, hour, n)
                SELECT series, key, hour, sum(n) FROM (${contributions}) c GROUP BY 1, 2, 3;
                IF EXISTS (SELECT 1 FROM new_rows WHERE kind = 'RECYCLED') THEN
                    -- Held until commit: the folder moves the window only when no recycle is between counting and committing.
                    SELECT start_at, end_at INTO w FROM churn_window_bounds FOR SHARE;
                    INSERT INTO churn_window (customer_id, n)
                    SELECT customer_id, count(*) FROM new_rows WHERE kind = 'RECYCLED' AND entered_at >= w.start_at AND entered_at < w.end_at GROUP BY 1
                    ON CONFLICT (customer_id) DO UPDATE SET n = churn_window.n + EXCLUDED.n;
                END IF;
                RETURN NULL;
            END $$`;
