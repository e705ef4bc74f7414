import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A tamper-evident ownership trail: each event carries a SHA-256 hash of its own fields and the
 * hash of the customer's previous event, set by the database on insert (so every writer chains,
 * seeds included). Editing, inserting or deleting a row behind the trail's back breaks the chain
 * at that row; `verifyOwnershipTrail` finds the break. Old events are chained here, in id order.
 */
export class OwnershipTrailHashChain1795393100000 implements MigrationInterface {
    name = 'OwnershipTrailHashChain1795393100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE "ownership_events" ADD "hash" character(64)`);
        await q(`
            CREATE FUNCTION berth_ownership_event_hash(prev text, e ownership_events) RETURNS text LANGUAGE sql STABLE AS $$
              SELECT encode(sha256(convert_to(concat_ws('|',
                coalesce(prev, ''), e.customer_id, coalesce(e.from_user_id::text, ''), coalesce(e.to_user_id::text, ''), e.kind::text,
                coalesce(e.actor_id::text, ''), to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                coalesce(e.reason, ''), coalesce(e.reason_detail::text, ''), coalesce(e.transfer_request_id::text, ''), coalesce(e.approver_id::text, '')
              ), 'UTF8')), 'hex')
            $$`);
        await q(`
            CREATE FUNCTION berth_chain_ownership_event() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.hash := berth_ownership_event_hash(
                    (SELECT p.hash FROM ownership_events p WHERE p.customer_id = NEW.customer_id ORDER BY p.id DESC LIMIT 1), NEW);
                RETURN NEW;
            END $$`);
        await q(`CREATE INDEX "idx_ownership_events_chain" ON "ownership_events" ("customer_id", "id") `);
        // Chain what is there, customer by customer in id order.
        await q(`ALTER TABLE ownership_events DISABLE TRIGGER trg_ownership_events_append_only`);
        await q(`
            DO $$
            DECLARE e ownership_events; prev text; last_customer int := NULL;
            BEGIN
                FOR e IN SELECT * FROM ownership_events ORDER BY customer_id, id LOOP
                    IF last_customer IS DISTINCT FROM e.customer_id THEN prev := NULL; last_customer := e.customer_id; END IF;
                    prev := berth_ownership_event_hash(prev, e);
                    UPDATE ownership_events SET hash = prev WHERE id = e.id;
                END LOOP;
            END $$`);
        await q(`ALTER TABLE ownership_events ENABLE TRIGGER trg_ownership_events_append_only`);
        await q(`ALTER TABLE "ownership_events" ALTER COLUMN "hash" SET NOT NULL`);
        await q(`CREATE TRIGGER trg_ownership_events_chain BEFORE INSERT ON ownership_events FOR EACH ROW EXECUTE FUNCTION berth_chain_ownership_event()`);
        // Bulk loads that skip triggers (session_replication_role = replica) still chain.
        await q(`ALTER TABLE ownership_events ENABLE ALWAYS TRIGGER trg_ownership_events_chain`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP TRIGGER trg_ownership_events_chain ON ownership_events`);
        await q(`DROP INDEX "public"."idx_ownership_events_chain"`);
        await q(`DROP FUNCTION berth_chain_ownership_event()`);
        await q(`DROP FUNCTION berth_ownership_event_hash(text, ownership_events)`);
        await q(`ALTER TABLE "ownership_events" DROP COLUMN "hash"`);
    }
}
