import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Imports, first step: an uploaded card file (kept byte for byte so every step of a durable job
 * reads the same file), its header, sample rows and row count, the column mapping, and what each
 * user mapped differently from the guess, remembered for their next file.
 */
export class ImportUploads1795393200000 implements MigrationInterface {
    name = 'ImportUploads1795393200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TYPE "public"."import_status" AS ENUM('UPLOADED', 'CHECKING', 'CHECKED', 'IMPORTING', 'DONE', 'CANCELLED', 'FAILED', 'UNDONE')`);
        await q(`CREATE TABLE "import_jobs" ("id" SERIAL NOT NULL, "created_by_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "file_name" character varying(255) NOT NULL, "file_kind" character varying(8) NOT NULL, "headers" jsonb NOT NULL, "mapping" jsonb NOT NULL, "sample_rows" jsonb NOT NULL, "total_rows" integer NOT NULL, "status" "public"."import_status" NOT NULL, CONSTRAINT "PK_import_jobs" PRIMARY KEY ("id"))`);
        await q(`CREATE TABLE "import_files" ("job_id" integer NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_import_files" PRIMARY KEY ("job_id"))`);
        await q(`CREATE TABLE "import_column_memory" ("user_id" integer NOT NULL, "header" character varying(200) NOT NULL, "field" character varying(24), CONSTRAINT "PK_import_column_memory" PRIMARY KEY ("user_id", "header"))`);
        await q(`ALTER TABLE "import_jobs" ADD CONSTRAINT "FK_de992e602a33dbd72052e6c990d" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "import_files" ADD CONSTRAINT "FK_e62c2b54f200f092750343babd4" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "import_column_memory" ADD CONSTRAINT "FK_7792bc004591a7236cdbffb687c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // A user's imports, newest first.
        await q(`CREATE INDEX "idx_import_jobs_created_by" ON "import_jobs" ("created_by_id", "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP TABLE "import_column_memory"`);
        await q(`DROP TABLE "import_files"`);
        await q(`DROP TABLE "import_jobs"`);
        await q(`DROP TYPE "public"."import_status"`);
    }
}
