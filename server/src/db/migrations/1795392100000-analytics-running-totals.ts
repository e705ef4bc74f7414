import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillTotals, checkpointRows, entryContributions, entryDeltasTrigger, moveContributions } from "./analytics-running-totals-sql";

/**
 * Per-rep figures (recycles, boomerang) and the dwell percentiles read hundreds of thousands of
 * rows for 90 days at a million customers, and per-rep hourly counts do not shrink them (a rep
 * has about one move a day). Running totals do: see analytics-running-totals-sql.ts.
 *
 * Also: pool_moves carries its dwell bucket (a stay's length on a log scale, 40 buckets per
 * factor e of hours) so a percentile reads only the stays of the bucket it falls in; churn marks
 * carry the recycles of the customer in the 366 days up to the mark, an upper bound of any
 * window's count that ends after it, so the customers recycled most are found without counting
 * every customer.
 */
export class AnalyticsRunningTotals1795392100000 implements MigrationInterface {
    name = 'AnalyticsRunningTotals1795392100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE FUNCTION berth_dwell_bucket(at timestamptz, entered_at timestamptz) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
                   SELECT floor(40 * ln(1 + extract(epoch FROM at - entered_at) / 3600))::smallint $$`);
        await q(`ALTER TABLE pool_moves ADD COLUMN dwell_bucket smallint GENERATED ALWAYS AS (berth_dwell_bucket(at, entered_at)) STORED`);
        await q(`CREATE INDEX idx_pool_moves_dwell ON pool_moves (dwell_bucket, at) INCLUDE (entered_at) WHERE entered_at IS NOT NULL`);

        await q(`CREATE TABLE analytics_deltas (series smallint NOT NULL, key text NOT NULL, hour timestamptz NOT NULL, n integer NOT NULL)`);
        await q(`CREATE TABLE analytics_totals (series smallint NOT NULL, key text NOT NULL, hour timestamptz NOT NULL, n bigint NOT NULL, PRIMARY KEY (series, key, hour))`);
        // Every key has a total at every UTC midnight from its first (a checkpoint), so the totals
        // of all keys before an hour are the latest of each since the midnight before it: one
        // range of this index instead of a probe per key.
        await q(`CREATE INDEX idx_analytics_totals_hour ON analytics_totals (series, hour) INCLUDE (key, n)`);
        // Each key, with the hour of its latest count and its total since: every later row is a
        // checkpoint carrying that total, so it is the total before any later hour without a read of the totals.
        await q(`CREATE TABLE analytics_keys (series smallint NOT NULL, key text NOT NULL, latest_hour timestamptz NOT NULL, latest_n bigint NOT NULL, PRIMARY KEY (series, key))`);
        // The last UTC day every key has its checkpoint for.
        await q(`CREATE TABLE analytics_checkpoints (day date NOT NULL)`);
        // Only inside berth_fold_analytics, which empties it before it commits.
        await q(`CREATE TABLE analytics_fold_batch (series smallint NOT NULL, key text NOT NULL, hour timestamptz NOT NULL, n bigint NOT NULL)`);

        // Checkpoints for the days after the last one up to \`through\`: each key's latest total.
        await q(`CREATE FUNCTION berth_checkpoint_analytics(through date) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE d date;
            BEGIN
                SELECT day INTO d FROM analytics_checkpoints;
                WHILE d < through LOOP
                    d := d + 1;
                    INSERT INTO analytics_totals (series, key, hour, n)
                    SELECT k.series, k.key, d::timestamp AT TIME ZONE 'UTC', t.n FROM analytics_keys k
                     CROSS JOIN LATERAL (SELECT t.n FROM analytics_totals t WHERE t.series = k.series AND t.key = k.key AND t.hour < d::timestamp AT TIME ZONE 'UTC'
                                          ORDER BY t.hour DESC LIMIT 1) t
                    ON CONFLICT DO NOTHING;
                END LOOP;
                UPDATE analytics_checkpoints SET day = d WHERE day <> d;
            END $$`);

        // Churn loops of the current window (the 365 team days up to the end of today): each
        // customer's recycles in it, kept by the pool entries' trigger as they happen and moved
        // along by the folder when the day changes, so the most recycled are the top of an index.
        // The trigger holds the bounds FOR SHARE until it commits and a move takes them FOR
        // UPDATE, so no recycle is counted by both or by neither. Until the folder first runs the
        // window is empty.
        await q(`CREATE TABLE churn_window (customer_id integer PRIMARY KEY, n integer NOT NULL)`);
        await q(`CREATE INDEX idx_churn_window_rank ON churn_window (n DESC, customer_id)`);
        await q(`CREATE TABLE churn_window_bounds (start_at timestamptz NOT NULL, end_at timestamptz NOT NULL)`);
        await q(`INSERT INTO churn_window_bounds VALUES ('-infinity', '-infinity')`);
        await q(`CREATE FUNCTION berth_churn_window_counts(since timestamptz, until timestamptz, sign integer) RETURNS void LANGUAGE sql AS $$
                   INSERT INTO churn_window (customer_id, n)
                   SELECT customer_id, sign * count(*) FROM pool_entries WHERE kind = 'RECYCLED' AND entered_at >= since AND entered_at < until GROUP BY 1
                   ON CONFLICT (customer_id) DO UPDATE SET n = churn_window.n + EXCLUDED.n $$`);
        await q(`CREATE FUNCTION berth_shift_churn_window(new_start timestamptz, new_end timestamptz) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE old record;
            BEGIN
                SELECT start_at, end_at INTO old FROM churn_window_bounds FOR UPDATE;
                IF (old.start_at, old.end_at) = (new_start, new_end) THEN RETURN; END IF;
                IF new_start >= old.start_at AND new_end >= old.end_at AND new_start < old.end_at AND new_start - old.start_at <= interval '31 days' THEN
                    PERFORM berth_churn_window_counts(old.start_at, new_start, -1);
                    PERFORM berth_churn_window_counts(old.end_at, new_end, 1);
                    DELETE FROM churn_window WHERE n = 0;
                ELSE
                    DELETE FROM churn_window;
                    PERFORM berth_churn_window_counts(new_start, new_end, 1);
                END IF;
                UPDATE churn_window_bounds SET start_at = new_start, end_at = new_end;
            END $$`);

        // One folder at a time (a transaction-scoped advisory lock; a second returns -1 at once).
        // A key's totals are rewritten from its earliest delta on, as existing increments plus the
        // new ones (and a checkpoint each midnight up to the last) summed in hour order: one pass
        // however far back a bulk load wrote.
        await q(`CREATE FUNCTION berth_fold_analytics(today date, churn_start timestamptz, churn_end timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
            DECLARE folded integer;
            BEGIN
                IF NOT pg_try_advisory_xact_lock(hashtext('berth:fold-analytics')) THEN RETURN -1; END IF;
                WITH d AS (DELETE FROM analytics_deltas RETURNING series, key, hour, n)
                INSERT INTO analytics_fold_batch (series, key, hour, n) SELECT series, key, hour, sum(n) FROM d GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
                GET DIAGNOSTICS folded = ROW_COUNT;
                IF folded > 0 THEN
                    WITH firsts AS (SELECT series, key, min(hour) AS since FROM analytics_fold_batch GROUP BY 1, 2),
                    base AS (SELECT f.series, f.key, f.since,
                                    coalesce((SELECT t.n FROM analytics_totals t WHERE t.series = f.series AND t.key = f.key AND t.hour < f.since ORDER BY t.hour DESC LIMIT 1), 0) AS n
                               FROM firsts f),
                    increments AS (
                        SELECT t.series, t.key, t.hour, t.n - coalesce(lag(t.n) OVER (PARTITION BY t.series, t.key ORDER BY t.hour), b.n) AS n
                          FROM base b JOIN analytics_totals t ON t.series = b.series AND t.key = b.key AND t.hour >= b.since
                        UNION ALL SELECT series, key, hour, n FROM analytics_fold_batch
                        UNION ALL ${checkpointRows('base')}),
                    merged AS (SELECT series, key, hour, sum(n) AS n FROM increments GROUP BY 1, 2, 3)
                    INSERT INTO analytics_totals (series, key, hour, n)
                    SELECT m.series, m.key, m.hour, b.n + sum(m.n) OVER (PARTITION BY m.series, m.key ORDER BY m.hour)
                      FROM merged m JOIN base b ON b.series = m.series AND b.key = m.key
                    ON CONFLICT (series, key, hour) DO UPDATE SET n = EXCLUDED.n;
                    INSERT INTO analytics_keys (series, key, latest_hour, latest_n)
                    SELECT b.series, b.key, b.hour, (SELECT t.n FROM analytics_totals t WHERE t.series = b.series AND t.key = b.key ORDER BY t.hour DESC LIMIT 1)
                      FROM (SELECT series, key, max(hour) AS hour FROM analytics_fold_batch GROUP BY 1, 2) b
                    ON CONFLICT (series, key) DO UPDATE SET latest_hour = greatest(analytics_keys.latest_hour, EXCLUDED.latest_hour), latest_n = EXCLUDED.latest_n;
                    DELETE FROM analytics_fold_batch;
                END IF;
                PERFORM berth_checkpoint_analytics(today);
                PERFORM berth_shift_churn_window(churn_start, churn_end);
                RETURN folded;
            END $$`);

        await q(`CREATE FUNCTION berth_analytics_move_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO analytics_deltas (series, key, hour, n)
                SELECT series, key, hour, sum(n) FROM (${moveContributions('new_rows')}) c GROUP BY 1, 2, 3;
                RETURN NULL;
            END $$`);
        // An update counts the moves as they are now and takes back what they counted before:
        // a move coming back to the pool, or its customer's source edited.
        await q(`CREATE FUNCTION berth_analytics_move_changes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO analytics_deltas (series, key, hour, n)
                SELECT series, key, hour, sum(n) FROM (
                    ${moveContributions('new_rows')}
                    UNION ALL SELECT series, key, hour, -n FROM (${moveContributions('old_rows')}) o) c
                 GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
                RETURN NULL;
            END $$`);
        await q(entryDeltasTrigger(entryContributions('new_rows')));
        await q(`CREATE TRIGGER trg_analytics_move_deltas AFTER INSERT ON pool_moves REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_analytics_move_deltas()`);
        await q(`CREATE TRIGGER trg_analytics_move_changes AFTER UPDATE ON pool_moves REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_analytics_move_changes()`);
        await q(`CREATE TRIGGER trg_analytics_entry_deltas AFTER INSERT ON pool_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_analytics_entry_deltas()`);

        // The totals of the trail already written, with checkpoints up to today.
        await q(`INSERT INTO analytics_checkpoints (day) VALUES ((now() AT TIME ZONE 'UTC')::date)`);
        for (const sql of backfillTotals(`${moveContributions('pool_moves')} UNION ALL ${entryContributions('pool_entries')}`)) await q(sql);

        // Churn marks: the customer's recycles in the 366 days up to and including the mark.
        await q(`ALTER TABLE churn_marks ADD COLUMN streak smallint`);
        await q(`UPDATE churn_marks m SET streak = x.n FROM (
                   SELECT customer_id, entered_at, max(n) AS n FROM (
                     SELECT customer_id, entered_at, count(*) OVER (PARTITION BY customer_id ORDER BY entered_at RANGE BETWEEN interval '366 days' PRECEDING AND CURRENT ROW) AS n
                       FROM pool_entries WHERE kind = 'RECYCLED') r GROUP BY 1, 2) x
                 WHERE x.customer_id = m.customer_id AND x.entered_at = m.at`);
        await q(`ALTER TABLE churn_marks ALTER COLUMN streak SET NOT NULL`);
        await q(`CREATE INDEX idx_churn_marks_streak ON churn_marks (streak, at) INCLUDE (customer_id)`);
        // A row trigger: marks are few (a customer's third recycle within a year and later ones), and the function that writes them stays as it is.
        await q(`CREATE FUNCTION berth_churn_mark_streak() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.streak := (SELECT count(*) FROM pool_entries p WHERE p.customer_id = NEW.customer_id AND p.kind::text = 'RECYCLED' -- ::text: probe by customer, never by kind
                                  AND p.entered_at >= NEW.at - interval '366 days' AND p.entered_at <= NEW.at);
                RETURN NEW;
            END $$`);
        await q(`CREATE TRIGGER trg_churn_mark_streak BEFORE INSERT ON churn_marks FOR EACH ROW EXECUTE FUNCTION berth_churn_mark_streak()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP TRIGGER trg_churn_mark_streak ON churn_marks`);
        await q(`DROP FUNCTION berth_churn_mark_streak()`);
        await q(`DROP INDEX idx_churn_marks_streak`);
        await q(`ALTER TABLE churn_marks DROP COLUMN streak`);
        await q(`DROP TRIGGER trg_analytics_entry_deltas ON pool_entries`);
        await q(`DROP TRIGGER trg_analytics_move_changes ON pool_moves`);
        await q(`DROP TRIGGER trg_analytics_move_deltas ON pool_moves`);
        await q(`DROP FUNCTION berth_analytics_entry_deltas()`);
        await q(`DROP FUNCTION berth_analytics_move_changes()`);
        await q(`DROP FUNCTION berth_analytics_move_deltas()`);
        await q(`DROP FUNCTION berth_fold_analytics(date, timestamptz, timestamptz)`);
        await q(`DROP FUNCTION berth_shift_churn_window(timestamptz, timestamptz)`);
        await q(`DROP FUNCTION berth_churn_window_counts(timestamptz, timestamptz, integer)`);
        await q(`DROP TABLE churn_window_bounds`);
        await q(`DROP TABLE churn_window`);
        await q(`DROP FUNCTION berth_checkpoint_analytics(date)`);
        await q(`DROP TABLE analytics_checkpoints`);
        await q(`DROP TABLE analytics_fold_batch`);
        await q(`DROP TABLE analytics_keys`);
        await q(`DROP TABLE analytics_totals`);
        await q(`DROP TABLE analytics_deltas`);
        await q(`DROP INDEX idx_pool_moves_dwell`);
        await q(`ALTER TABLE pool_moves DROP COLUMN dwell_bucket`);
        await q(`DROP FUNCTION berth_dwell_bucket(timestamptz, timestamptz)`);
    }

}
