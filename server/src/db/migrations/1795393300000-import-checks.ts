import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Imports, second step: each row of the file with what the pre-check made of it (class, problems,
 * the earlier row of the same company, the match), and the job's source and check progress.
 */
export class ImportChecks1795393300000 implements MigrationInterface {
    name = 'ImportChecks1795393300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE "import_jobs" ADD "source" character varying(80)`);
        await q(`ALTER TABLE "import_jobs" ADD "checked_rows" integer NOT NULL DEFAULT '0'`);
        await q(`ALTER TABLE "import_jobs" ADD "class_counts" jsonb NOT NULL DEFAULT '{}'`);
        await q(`ALTER TABLE "import_jobs" ADD "checked_at" TIMESTAMP WITH TIME ZONE`);
        await q(`ALTER TABLE "import_jobs" ADD "error_code" character varying(40)`);
        await q(`CREATE TABLE "import_rows" ("job_id" integer NOT NULL, "row_number" integer NOT NULL, "cells" jsonb NOT NULL, "class" character varying(20), "problems" jsonb, "file_keys" text array NOT NULL DEFAULT '{}', "earlier_row" integer, "match" jsonb, CONSTRAINT "PK_import_rows" PRIMARY KEY ("job_id", "row_number"))`);
        await q(`ALTER TABLE "import_rows" ADD CONSTRAINT "FK_e2294c3cba0346f11cc3f91c744" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // The pre-check's next rows, and the earlier rows of a file sharing a company's keys.
        await q(`CREATE INDEX "idx_import_rows_unchecked" ON "import_rows" ("job_id", "row_number") WHERE "class" IS NULL`);
        await q(`CREATE INDEX "idx_import_rows_file_keys" ON "import_rows" USING gin ("file_keys")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP TABLE "import_rows"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "error_code"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "checked_at"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "class_counts"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "checked_rows"`);
        await q(`ALTER TABLE "import_jobs" DROP COLUMN "source"`);
    }
}
