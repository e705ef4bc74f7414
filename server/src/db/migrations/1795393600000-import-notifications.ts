import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An import's notification: one per import, filed for the uploader when its write starts and
 * raised again (unread) when it ends, is cancelled or is undone; the panel shows its progress.
 */
export class ImportNotifications1795393600000 implements MigrationInterface {
    name = 'ImportNotifications1795393600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'IMPORT'`);
        await q(`ALTER TABLE "notifications" ADD "import_job_id" integer`);
        await q(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_8733dba126dc48db4fa1de43205" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`CREATE UNIQUE INDEX "uq_notifications_import" ON "notifications" ("import_job_id") WHERE "import_job_id" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "public"."uq_notifications_import"`);
        await q(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_8733dba126dc48db4fa1de43205"`);
        await q(`ALTER TABLE "notifications" DROP COLUMN "import_job_id"`);
        // notification_kind keeps IMPORT: Postgres cannot drop an enum value.
    }
}
