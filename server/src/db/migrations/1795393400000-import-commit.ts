import { MigrationInterface, QueryRunner } from "typeorm";
import { POOL_ROLLUP_EVENTS } from "./pool-rollup-functions";

/**
 * Imports, third step: writing the checked rows. Each row gets its outcome (and why, and the
 * customer it created, filled or added to); the job keeps the user's choices, the destination,
 * the count per outcome and whose turn a spread is at. A customer an import creates has an
 * IMPORTED ownership event carrying the import's id, chained into the trail like every event
 * (the id joins the hash only when set, so earlier events keep their hashes), and a customer
 * imported into the pool counts as pool inflow like one created there.
 */
export class ImportCommit1795393400000 implements MigrationInterface {
    name = 'ImportCommit1795393400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TYPE "public"."ownership_event_kind" ADD VALUE IF NOT EXISTS 'IMPORTED'`);
        await q(`ALTER TABLE "ownership_events" ADD "import_job_id" integer`);
        await q(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_3d94c12f3dc2110a24e1752334c" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`CREATE INDEX "idx_ownership_events_import_job" ON "ownership_events" ("import_job_id") WHERE "import_job_id" IS NOT NULL`);
        await q(`
            CREATE OR REPLACE FUNCTION berth_ownership_event_hash(prev text, e ownership_events) RETURNS text LANGUAGE sql STABLE AS $$
              SELECT encode(sha256(convert_to(concat_ws('|',
                coalesce(prev, ''), e.customer_id, coalesce(e.from_user_id::text, ''), coalesce(e.to_user_id::text, ''), e.kind::text,
                coalesce(e.actor_id::text, ''), to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                coalesce(e.reason, ''), coalesce(e.reason_detail::text, ''), coalesce(e.transfer_request_id::text, ''), coalesce(e.approver_id::text, ''),
                'import:' || e.import_job_id
              ), 'UTF8')), 'hex')
            $$`);
        await q(POOL_ROLLUP_EVENTS);

        await q(`ALTER TABLE "import_jobs" ADD "check_started_at" TIMESTAMP WITH TIME ZONE`);
        await q(`ALTER TABLE "import_jobs" ADD "choices" jsonb`);
        await q(`ALTER TABLE "import_jobs" ADD "destination" jsonb`);
        await q(`ALTER TABLE "import_jobs" ADD "import_started_at" TIMESTAMP WITH TIME ZONE`);
        await q(`ALTER TABLE "import_jobs" ADD "finished_at" TIMESTAMP WITH TIME ZONE`);
        await q(`ALTER TABLE "import_jobs" ADD "done_rows" integer NOT NULL DEFAULT '0'`);
        await q(`ALTER TABLE "import_jobs" ADD "outcome_counts" jsonb NOT NULL DEFAULT '{}'`);
        await q(`ALTER TABLE "import_jobs" ADD "spread_turn" integer NOT NULL DEFAULT '0'`);
        await q(`ALTER TABLE "import_rows" ADD "outcome" character varying(12)`);
        await q(`ALTER TABLE "import_rows" ADD "outcome_reason" character varying(40)`);
        await q(`ALTER TABLE "import_rows" ADD "customer_id" integer`);
        // The write's next rows (checked, no outcome yet), in file order.
        await q(`CREATE INDEX "idx_import_rows_unwritten" ON "import_rows" ("job_id", "row_number") WHERE "outcome" IS NULL`);
        // Each row's name as the duplicate check compares it, so a row similar to an earlier one of
        // the same file is found as a save would find it (trigrams of the searched core, then the key).
        await q(`ALTER TABLE "import_rows" ADD "name_key" text`);
        await q(`ALTER TABLE "import_rows" ADD "name_core" text`);
        await q(`CREATE INDEX "idx_import_rows_name_core_trgm" ON "import_rows" USING gin ("name_core" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "public"."idx_import_rows_name_core_trgm"`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "name_core"`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "name_key"`);
        await q(`DROP INDEX "public"."idx_import_rows_unwritten"`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "customer_id"`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "outcome_reason"`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "outcome"`);
        for (const c of ['spread_turn', 'outcome_counts', 'done_rows', 'finished_at', 'import_started_at', 'destination', 'choices', 'check_started_at']) await q(`ALTER TABLE "import_jobs" DROP COLUMN "${c}"`);
        await q(`DROP INDEX "public"."idx_ownership_events_import_job"`);
        await q(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_3d94c12f3dc2110a24e1752334c"`);
        await q(`ALTER TABLE "ownership_events" DROP COLUMN "import_job_id"`);
        // The enum keeps IMPORTED: Postgres cannot drop an enum value, and no event uses it any more.
    }
}
