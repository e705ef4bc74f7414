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

export const ENTRY_DELTAS_TRIGGER = `CREATE OR REPLACE FUNCTION berth_analytics_entry_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE w record;
            BEGIN
                INSERT INTO analytics_deltas (series, key, hour, n)
                SELECT series, key, hour, sum(n) FROM (${entryContributions('new_rows')}) c GROUP BY 1, 2, 3;
                IF EXISTS (SELECT 1 FROM new_rows WHERE kind = 'RECYCLED') THEN
                    -- Held until commit: the folder moves the window only when no recycle is between counting and committing.
                    SELECT start_at, end_at INTO w FROM churn_window_bounds FOR SHARE;
                    INSERT INTO churn_window (customer_id, n)
                    SELECT customer_id, count(*) FROM new_rows WHERE kind = 'RECYCLED' AND entered_at >= w.start_at AND entered_at < w.end_at GROUP BY 1
                    ON CONFLICT (customer_id) DO UPDATE SET n = churn_window.n + EXCLUDED.n;
                END IF;
                RETURN NULL;
            END $$`;
