import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Undoing an import. The trail is append-only and a customer's ownership row is never deleted —
 * with one exception, guarded here in the database: berth_remove_imported_customer removes a
 * customer only if its whole trail is the one IMPORTED event of the import being undone (nobody
 * claimed, was given or returned it since), takes back the analytics counts that event added,
 * and marks the removal for this transaction only, for the two triggers that otherwise refuse.
 */
export class ImportUndo1795393500000 implements MigrationInterface {
    name = 'ImportUndo1795393500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TYPE "public"."import_status" ADD VALUE IF NOT EXISTS 'UNDOING' BEFORE 'UNDONE'`);
        await q(`ALTER TABLE "import_rows" ADD "undo" character varying(16)`);
        await q(`ALTER TABLE "import_jobs" ADD "undo_counts" jsonb NOT NULL DEFAULT '{}'`);
        await q(`ALTER TABLE "import_jobs" ADD "undone_at" TIMESTAMP WITH TIME ZONE`);
        // The undo's next rows: created customers it has not decided on.
        await q(`CREATE INDEX "idx_import_rows_undo_pending" ON "import_rows" ("job_id", "row_number") WHERE "outcome" = 'CREATED' AND "undo" IS NULL`);

        await q(`
            CREATE OR REPLACE FUNCTION berth_ownership_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND current_setting('berth.removing_customer', true) = OLD.customer_id::text THEN RETURN OLD; END IF;
                RAISE EXCEPTION 'ownership_events is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
            END $$`);
        await q(`
            CREATE OR REPLACE FUNCTION berth_ownership_not_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF current_setting('berth.removing_customer', true) = OLD.customer_id::text THEN RETURN OLD; END IF;
                RAISE EXCEPTION 'customer_ownership rows are never deleted (customer %)', OLD.customer_id USING ERRCODE = 'restrict_violation';
            END $$`);
        await q(`
            CREATE FUNCTION berth_remove_imported_customer(cid integer, job integer) RETURNS boolean LANGUAGE plpgsql AS $$
            DECLARE e ownership_events;
            BEGIN
                IF (SELECT count(*) FROM ownership_events WHERE customer_id = cid) <> 1 THEN RETURN false; END IF;
                SELECT * INTO e FROM ownership_events WHERE customer_id = cid;
                IF e.kind::text <> 'IMPORTED' OR e.import_job_id IS DISTINCT FROM job THEN RETURN false; END IF;
                -- What the event added to the analytics rollups (berth_pool_rollup_events), taken back.
                IF e.to_user_id IS NULL THEN
                    PERFORM berth_count_pool_flows(jsonb_build_array(jsonb_build_object('hour', berth_utc_hour(e.occurred_at), 'kind', 5, 'n', -1)));
                ELSE
                    INSERT INTO pool_rep_hours (rep_id, hour, kind, shard, n) VALUES (e.to_user_id, berth_utc_hour(e.occurred_at), 8, pg_backend_pid() % 8, -1)
                    ON CONFLICT (rep_id, hour, kind, shard) DO UPDATE SET n = pool_rep_hours.n - 1;
                END IF;
                PERFORM set_config('berth.removing_customer', cid::text, true);
                DELETE FROM customer_status_changes WHERE customer_id = cid;
                DELETE FROM ownership_events WHERE customer_id = cid;
                DELETE FROM customer_ownership WHERE customer_id = cid;
                DELETE FROM customers WHERE id = cid;
                PERFORM set_config('berth.removing_customer', '', true);
                RETURN true;
            END $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP FUNCTION berth_remove_imported_customer(integer, integer)`);
        await q(`
            CREATE OR REPLACE FUNCTION berth_ownership_not_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'customer_ownership rows are never deleted (customer %)', OLD.customer_id USING ERRCODE = 'restrict_violation';
            END $$`);
        await q(`
            CREATE OR REPLACE FUNCTION berth_ownership_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'ownership_events is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
            END $$`);
        await q(`DROP INDEX "public"."idx_import_rows_undo_pending"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "undone_at"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "undo_counts"`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "undo"`);
        // import_status keeps UNDOING: Postgres cannot drop an enum value.
    }
}
