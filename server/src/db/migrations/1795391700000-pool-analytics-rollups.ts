import { MigrationInterface, QueryRunner } from "typeorm";
import { CHURN_MARKS_BACKFILL, COUNT_POOL_FLOWS, POOL_ROLLUP_ENTRIES, POOL_ROLLUP_EVENTS } from "./pool-rollup-functions";

/**
 * Pool analytics read rollups instead of the raw trail (90 days by day over five million events
 * is ~600,000 rows a request). They are kept current in the transaction that writes the event,
 * by statement-level triggers over the statement's new rows, so one statement that recycles
 * 100,000 customers updates them with a handful of set-based statements, never row by row:
 *
 * - pool_flow_hours: moves into and out of the pool per UTC hour and kind, company-wide, one row
 *   per concurrent writer (see berth_count_pool_flows) so that writers never queue on a counter. An hour is
 *   part of one team day in every zone with a whole-hour offset; other zones read the trail.
 * - pool_rep_hours: the same per rep, plus the owner changes to and from the rep that are neither
 *   a pool entry nor a claim or assignment (a creation, a transfer): with those, every change of
 *   the rep's holdings, without a second row for each recycle.
 * - pool_moves: one row per claim or assignment with what it came to: the stay in the pool it
 *   ended (dwell), the customer's next event (the receiver owned it until then), its next entry
 *   into the pool (boomerang), its first WON while still held and the receiver's first counted
 *   follow-up (cohorts). Status changes and follow-ups fill in the last two.
 *   It keeps the customer's source (as it is now) for boomerang by source.
 * - churn_marks: recycles that were a customer's third or later within 366 days, with the time
 *   of the recycle two before: exactly the customers a churn-loop window holds, then counted.
 *
 * Kinds: 1 recycled (no valid follow-up), 2 recycled (no deal), 3 returned, 4 released,
 * 5 imported, 6 claimed, 7 assigned, 8 gained otherwise (created, transferred in), 9 lost otherwise (transferred out).
 */
export class PoolAnalyticsRollups1795391700000 implements MigrationInterface {
    name = 'PoolAnalyticsRollups1795391700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TABLE pool_flow_hours (hour timestamptz NOT NULL, kind smallint NOT NULL, shard integer NOT NULL, n integer NOT NULL, PRIMARY KEY (hour, kind, shard))`);
        await q(`CREATE TABLE pool_rep_hours (rep_id integer NOT NULL, hour timestamptz NOT NULL, kind smallint NOT NULL, shard smallint NOT NULL, n integer NOT NULL, PRIMARY KEY (rep_id, hour, kind, shard))`);
        await q(`CREATE TABLE pool_moves (
            event_id bigint PRIMARY KEY, customer_id integer NOT NULL, rep_id integer NOT NULL, kind smallint NOT NULL, at timestamptz NOT NULL,
            entered_at timestamptz, owned_until timestamptz, next_pool_at timestamptz, won_at timestamptz, activated_at timestamptz, source varchar(80))`);
        await q(`CREATE INDEX idx_pool_moves_at ON pool_moves (at)`);
        await q(`CREATE INDEX idx_pool_moves_customer ON pool_moves (customer_id, at)`);
        await q(`CREATE INDEX idx_pool_moves_open ON pool_moves (customer_id) WHERE next_pool_at IS NULL`);
        await q(`CREATE TABLE churn_marks (customer_id integer NOT NULL, at timestamptz NOT NULL, second_previous_at timestamptz NOT NULL)`);
        await q(`CREATE INDEX idx_churn_marks_at ON churn_marks (at)`);
        await q(`CREATE INDEX idx_pool_entries_kind_entered ON pool_entries (kind, entered_at) INCLUDE (previous_owner_id)`);

        await q(`CREATE FUNCTION berth_utc_hour(t timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('hour', t AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' $$`);
        // The domain's recycleCauseOf: a recycle whose reason names the follow-up rule (alone or with no deal) is "no valid follow-up".
        await q(`CREATE FUNCTION berth_entry_flow_kind(kind pool_entry_kind, reason text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE kind WHEN 'RECYCLED' THEN CASE WHEN position('no valid follow-up' in reason) > 0 THEN 1 ELSE 2 END WHEN 'RETURNED' THEN 3 ELSE 4 END::smallint $$`);

        // Adds counts to the company-wide rows without waiting on another transaction: each
        // (hour, kind) has a row per writer that needed one; a statement takes any row no other
        // transaction holds (SKIP LOCKED), or adds its own, keyed by its backend. Two sweep batch loops
        // and many claims then count side by side instead of queueing on one counter row.
        await q(COUNT_POOL_FLOWS);

        await q(POOL_ROLLUP_EVENTS);
        await q(`CREATE TRIGGER trg_pool_rollup_events AFTER INSERT ON ownership_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_rollup_events()`);

        await q(POOL_ROLLUP_ENTRIES);
        await q(`CREATE TRIGGER trg_pool_rollup_entries AFTER INSERT ON pool_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_rollup_entries()`);

        // The first WON of a claim while its receiver still held the customer.
        await q(`CREATE FUNCTION berth_pool_moves_won() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE pool_moves m SET won_at = x.at
                  FROM (SELECT m2.event_id, min(s.changed_at) AS at FROM new_rows s
                          JOIN pool_moves m2 ON m2.customer_id = s.customer_id AND s.changed_at >= m2.at AND (m2.owned_until IS NULL OR s.changed_at < m2.owned_until)
                         WHERE s.status = 'WON' GROUP BY 1) x
                 WHERE m.event_id = x.event_id AND (m.won_at IS NULL OR m.won_at > x.at);
                RETURN NULL;
            END $$`);
        await q(`CREATE TRIGGER trg_pool_moves_won AFTER INSERT ON customer_status_changes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_moves_won()`);
        // The receiver's first counted follow-up after a claim or assignment (activation).
        await q(`CREATE FUNCTION berth_pool_moves_activated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE pool_moves m SET activated_at = x.at
                  FROM (SELECT m2.event_id, min(f.occurred_at) AS at FROM new_rows f
                          JOIN pool_moves m2 ON m2.customer_id = f.customer_id AND m2.rep_id = f.author_id AND f.occurred_at >= m2.at
                         WHERE f.counted GROUP BY 1) x
                 WHERE m.event_id = x.event_id AND (m.activated_at IS NULL OR m.activated_at > x.at);
                RETURN NULL;
            END $$`);
        await q(`CREATE TRIGGER trg_pool_moves_activated AFTER INSERT ON follow_ups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_moves_activated()`);

        // Boomerang by source reads the customer's source as it is now: an edit carries it to the customer's moves.
        await q(`CREATE FUNCTION berth_pool_moves_source() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE pool_moves m SET source = n.source FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE m.customer_id = n.id AND n.source IS DISTINCT FROM o.source;
                RETURN NULL;
            END $$`);
        await q(`CREATE TRIGGER trg_pool_moves_source AFTER UPDATE ON customers REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_moves_source()`);

        await this.backfill(queryRunner);
    }

    /** The rollups of the trail already written. */
    private async backfill(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`INSERT INTO pool_flow_hours (hour, kind, shard, n)
                 SELECT hour, kind, 0, sum(n) FROM (
                   SELECT berth_utc_hour(occurred_at) AS hour, (CASE kind WHEN 'CLAIMED' THEN 6 WHEN 'ASSIGNED' THEN 7 ELSE 5 END)::smallint AS kind, count(*) AS n
                     FROM ownership_events WHERE kind IN ('CLAIMED', 'ASSIGNED') OR (kind = 'CREATED' AND to_user_id IS NULL) GROUP BY 1, 2
                   UNION ALL
                   SELECT berth_utc_hour(entered_at), berth_entry_flow_kind(kind, reason), count(*) FROM pool_entries GROUP BY 1, 2
                 ) x GROUP BY 1, 2`);
        await q(`INSERT INTO pool_rep_hours (rep_id, hour, kind, shard, n)
                 SELECT rep, hour, kind, 0, count(*) FROM (
                   SELECT to_user_id AS rep, berth_utc_hour(occurred_at) AS hour, (CASE kind WHEN 'CLAIMED' THEN 6 ELSE 7 END)::smallint AS kind FROM ownership_events WHERE kind IN ('CLAIMED', 'ASSIGNED')
                   UNION ALL SELECT to_user_id, berth_utc_hour(occurred_at), 8 FROM ownership_events WHERE to_user_id IS NOT NULL AND kind NOT IN ('CLAIMED', 'ASSIGNED')
                   UNION ALL SELECT from_user_id, berth_utc_hour(occurred_at), 9 FROM ownership_events WHERE from_user_id IS NOT NULL AND to_user_id IS NOT NULL
                   UNION ALL SELECT previous_owner_id, berth_utc_hour(entered_at), berth_entry_flow_kind(kind, reason) FROM pool_entries WHERE previous_owner_id IS NOT NULL
                 ) x GROUP BY 1, 2, 3`);
        await q(`INSERT INTO pool_moves (event_id, customer_id, rep_id, kind, at, entered_at, owned_until, next_pool_at, source)
                 SELECT x.id, x.customer_id, x.to_user_id, (CASE x.kind WHEN 'CLAIMED' THEN 6 ELSE 7 END)::smallint, x.at, CASE WHEN x.prev_to_null THEN x.prev_at END, x.next_at,
                        x.next_pool_at, c.source
                   FROM (SELECT e.id, e.customer_id, e.to_user_id, e.kind, e.occurred_at AS at,
                                lag(e.occurred_at) OVER w AS prev_at, lag(e.to_user_id IS NULL) OVER w AS prev_to_null, lead(e.occurred_at) OVER w AS next_at,
                                min(CASE WHEN e.to_user_id IS NULL THEN e.occurred_at END) OVER (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_pool_at
                           FROM ownership_events e WINDOW w AS (PARTITION BY e.customer_id ORDER BY e.occurred_at, e.id)) x
                   JOIN customers c ON c.id = x.customer_id
                  WHERE x.kind IN ('CLAIMED', 'ASSIGNED') AND x.to_user_id IS NOT NULL
                  ORDER BY x.at, x.id`);
        await q(`UPDATE pool_moves m SET won_at = x.at FROM (
                   SELECT m2.event_id, min(s.changed_at) AS at FROM customer_status_changes s
                     JOIN pool_moves m2 ON m2.customer_id = s.customer_id AND s.changed_at >= m2.at AND (m2.owned_until IS NULL OR s.changed_at < m2.owned_until)
                    WHERE s.status = 'WON' GROUP BY 1) x WHERE m.event_id = x.event_id`);
        await q(`UPDATE pool_moves m SET activated_at = x.at FROM (
                   SELECT m2.event_id, min(f.occurred_at) AS at FROM follow_ups f
                     JOIN pool_moves m2 ON m2.customer_id = f.customer_id AND m2.rep_id = f.author_id AND f.occurred_at >= m2.at
                    WHERE f.counted GROUP BY 1) x WHERE m.event_id = x.event_id`);
        await q(CHURN_MARKS_BACKFILL);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP TRIGGER trg_pool_moves_source ON customers`);
        await q(`DROP FUNCTION berth_pool_moves_source()`);
        await q(`DROP TRIGGER trg_pool_moves_activated ON follow_ups`);
        await q(`DROP FUNCTION berth_pool_moves_activated()`);
        await q(`DROP TRIGGER trg_pool_moves_won ON customer_status_changes`);
        await q(`DROP FUNCTION berth_pool_moves_won()`);
        await q(`DROP TRIGGER trg_pool_rollup_entries ON pool_entries`);
        await q(`DROP FUNCTION berth_pool_rollup_entries()`);
        await q(`DROP TRIGGER trg_pool_rollup_events ON ownership_events`);
        await q(`DROP FUNCTION berth_pool_rollup_events()`);
        await q(`DROP FUNCTION berth_count_pool_flows(jsonb)`);
        await q(`DROP FUNCTION berth_entry_flow_kind(pool_entry_kind, text)`);
        await q(`DROP FUNCTION berth_utc_hour(timestamptz)`);
        await q(`DROP INDEX idx_pool_entries_kind_entered`);
        await q(`DROP TABLE churn_marks`);
        await q(`DROP TABLE pool_moves`);
        await q(`DROP TABLE pool_rep_hours`);
        await q(`DROP TABLE pool_flow_hours`);
    }

}
