import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Claim conversion (cohorts) read one pool_moves row per claim or assignment of the range:
 * 456,079 rows and three time-zone interval sums each for 90 days at a million customers (479 ms).
 * pool_cohort_hours counts them per UTC hour and kind instead, with what each came to: the
 * receiver's first counted follow-up within 48 hours (activation) and a WON within 720, 1,440 and
 * 2,160 hours. A WON "within 30 team days" is within 720 hours unless a daylight-saving change
 * falls inside those days; the read takes such hours from pool_moves itself (see
 * PoolAnalyticsRollupRepository.cohortDays), so the counts stay exact in every zone.
 *
 * Kept current by statement-level triggers on pool_moves: an insert adds its rows, an update adds
 * the difference between its new and old rows (a WON or a follow-up filling in a move; the other
 * columns change nothing here). Counter rows are per writer, as in berth_count_pool_flows.
 */
export class PoolCohortHours1795392000000 implements MigrationInterface {
    name = 'PoolCohortHours1795392000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TABLE pool_cohort_hours (hour timestamptz NOT NULL, kind smallint NOT NULL, shard integer NOT NULL,
                   size integer NOT NULL, activated integer NOT NULL, won30 integer NOT NULL, won60 integer NOT NULL, won90 integer NOT NULL,
                   PRIMARY KEY (hour, kind, shard))`);
        // One move's share of its hour's counts: 1 or 0 per column.
        await q(`CREATE FUNCTION berth_cohort_counts(at timestamptz, won_at timestamptz, activated_at timestamptz) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
                   SELECT ARRAY[1, coalesce(activated_at - at <= interval '48 hours', false)::int,
                                coalesce(won_at - at <= interval '720 hours', false)::int,
                                coalesce(won_at - at <= interval '1440 hours', false)::int,
                                coalesce(won_at - at <= interval '2160 hours', false)::int] $$`);
        await q(`CREATE FUNCTION berth_count_pool_cohorts(counts jsonb) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT (c->>'hour')::timestamptz AS hour, (c->>'kind')::smallint AS kind, (c->>'size')::int AS size, (c->>'activated')::int AS activated,
                                (c->>'won30')::int AS won30, (c->>'won60')::int AS won60, (c->>'won90')::int AS won90
                           FROM jsonb_array_elements(counts) c ORDER BY 1, 2 LOOP
                    UPDATE pool_cohort_hours h SET size = h.size + r.size, activated = h.activated + r.activated,
                           won30 = h.won30 + r.won30, won60 = h.won60 + r.won60, won90 = h.won90 + r.won90
                     WHERE (h.hour, h.kind, h.shard) = (SELECT g.hour, g.kind, g.shard FROM pool_cohort_hours g WHERE g.hour = r.hour AND g.kind = r.kind
                                                          ORDER BY g.shard LIMIT 1 FOR UPDATE SKIP LOCKED);
                    IF NOT FOUND THEN
                        INSERT INTO pool_cohort_hours (hour, kind, shard, size, activated, won30, won60, won90)
                        VALUES (r.hour, r.kind, pg_backend_pid(), r.size, r.activated, r.won30, r.won60, r.won90)
                        ON CONFLICT (hour, kind, shard) DO UPDATE SET size = pool_cohort_hours.size + EXCLUDED.size, activated = pool_cohort_hours.activated + EXCLUDED.activated,
                           won30 = pool_cohort_hours.won30 + EXCLUDED.won30, won60 = pool_cohort_hours.won60 + EXCLUDED.won60, won90 = pool_cohort_hours.won90 + EXCLUDED.won90;
                    END IF;
                END LOOP;
            END $$`);
        // The net change of each hour's counts from signed moves: a row as it is now +1, as it was -1.
        await q(`CREATE FUNCTION berth_pool_cohorts_delta(moves jsonb) RETURNS void LANGUAGE sql AS $$
                   SELECT berth_count_pool_cohorts(coalesce(jsonb_agg(jsonb_build_object('hour', hour, 'kind', kind, 'size', c[1], 'activated', c[2], 'won30', c[3], 'won60', c[4], 'won90', c[5])), '[]'))
                     FROM (SELECT hour, kind, ARRAY[sum(sign * n[1]), sum(sign * n[2]), sum(sign * n[3]), sum(sign * n[4]), sum(sign * n[5])] AS c
                             FROM (SELECT berth_utc_hour((m->>'at')::timestamptz) AS hour, (m->>'kind')::smallint AS kind, (m->>'sign')::int AS sign,
                                          berth_cohort_counts((m->>'at')::timestamptz, (m->>'won_at')::timestamptz, (m->>'activated_at')::timestamptz) AS n
                                     FROM jsonb_array_elements(coalesce(moves, '[]')) m) x
                            GROUP BY 1, 2) y
                    WHERE c <> ARRAY[0, 0, 0, 0, 0]::bigint[] $$`);
        await q(`CREATE FUNCTION berth_pool_cohorts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM berth_pool_cohorts_delta(jsonb_agg(jsonb_build_object('at', at, 'kind', kind, 'won_at', won_at, 'activated_at', activated_at, 'sign', 1))) FROM new_rows;
                RETURN NULL;
            END $$`);
        // Most updates of pool_moves (an owner change closing a move) change none of these counts: only rows that do are sent.
        await q(`CREATE FUNCTION berth_pool_cohorts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM berth_pool_cohorts_delta(jsonb_agg(m)) FROM (
                    SELECT jsonb_build_object('at', n.at, 'kind', n.kind, 'won_at', n.won_at, 'activated_at', n.activated_at, 'sign', 1) AS new_move,
                           jsonb_build_object('at', o.at, 'kind', o.kind, 'won_at', o.won_at, 'activated_at', o.activated_at, 'sign', -1) AS old_move
                      FROM new_rows n JOIN old_rows o ON o.event_id = n.event_id
                     WHERE berth_cohort_counts(n.at, n.won_at, n.activated_at) <> berth_cohort_counts(o.at, o.won_at, o.activated_at)
                        OR (n.at, n.kind) IS DISTINCT FROM (o.at, o.kind)) d
                  CROSS JOIN LATERAL (VALUES (d.new_move), (d.old_move)) v(m)
                HAVING count(*) > 0;
                RETURN NULL;
            END $$`);
        await q(`CREATE TRIGGER trg_pool_cohorts_inserted AFTER INSERT ON pool_moves REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_cohorts_inserted()`);
        await q(`CREATE TRIGGER trg_pool_cohorts_updated AFTER UPDATE ON pool_moves REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION berth_pool_cohorts_updated()`);
        await q(`INSERT INTO pool_cohort_hours (hour, kind, shard, size, activated, won30, won60, won90)
                 SELECT berth_utc_hour(at), kind, 0, sum(n[1]), sum(n[2]), sum(n[3]), sum(n[4]), sum(n[5])
                   FROM (SELECT at, kind, berth_cohort_counts(at, won_at, activated_at) AS n FROM pool_moves) x GROUP BY 1, 2`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP TRIGGER trg_pool_cohorts_updated ON pool_moves`);
        await q(`DROP TRIGGER trg_pool_cohorts_inserted ON pool_moves`);
        await q(`DROP FUNCTION berth_pool_cohorts_updated()`);
        await q(`DROP FUNCTION berth_pool_cohorts_inserted()`);
        await q(`DROP FUNCTION berth_pool_cohorts_delta(jsonb)`);
        await q(`DROP FUNCTION berth_count_pool_cohorts(jsonb)`);
        await q(`DROP FUNCTION berth_cohort_counts(timestamptz, timestamptz, timestamptz)`);
        await q(`DROP TABLE pool_cohort_hours`);
    }

}
