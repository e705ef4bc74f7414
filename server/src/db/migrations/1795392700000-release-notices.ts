import { MigrationInterface, QueryRunner } from "typeorm";

/** A manager's release tells the rep who lost the customers (RELEASED), one counted notice per release. */
export class ReleaseNotices1795392700000 implements MigrationInterface {
    name = 'ReleaseNotices1795392700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'RELEASED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DELETE FROM "notifications" WHERE "kind" = 'RELEASED'`);
        // PostgreSQL cannot drop an enum value: the type is rebuilt without it.
        await q(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
        await q(`CREATE TYPE "public"."notification_kind" AS ENUM('CLASH', 'REMINDER', 'ASSIGNED', 'REASSIGNED')`);
        await q(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::"text"::"public"."notification_kind"`);
        await q(`DROP TYPE "public"."notification_kind_old"`);
    }
}
