import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Grouped clash alerts. CLASH notifications now name the customer and who tried, count the
 * attempts they stand for and sort by their latest one. A partial unique index allows one open
 * group per recipient, customer and person, so concurrent refused saves join one notification
 * instead of racing. Existing clash notifications become closed groups of one.
 */
export class ClashAlertGroups1795390600000 implements MigrationInterface {
    name = 'ClashAlertGroups1795390600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" ADD "attempted_by_id" integer`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "attempt_count" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "groups_attempts" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "latest_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_d55ec0bdb67111a8390b9740b41" FOREIGN KEY ("attempted_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`UPDATE "notifications" n SET "customer_id" = k."customer_id", "attempted_by_id" = k."attempted_by_id" FROM "clashes" k WHERE k."id" = n."clash_id"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_clash_group" ON "notifications" ("user_id", "customer_id", "attempted_by_id") WHERE "groups_attempts"`);
        await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_created"`);
        await queryRunner.query(`CREATE INDEX "idx_notifications_user_latest" ON "notifications" ("user_id", (COALESCE("latest_at", "created_at")))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_latest"`);
        await queryRunner.query(`CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at") `);
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_clash_group"`);
        await queryRunner.query(`UPDATE "notifications" SET "customer_id" = NULL WHERE "kind" = 'CLASH'`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_d55ec0bdb67111a8390b9740b41"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "latest_at"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "groups_attempts"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "attempt_count"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "attempted_by_id"`);
    }

}
