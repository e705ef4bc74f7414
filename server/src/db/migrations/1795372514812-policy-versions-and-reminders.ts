import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Pool policy versions (who changed what, when), and reminders: the period end each customer's
 * owner was last reminded of, and REMINDER notifications that point at a customer. A reminder is
 * unique per customer and period end, so even two racing sweeps cannot remind twice.
 */
export class PolicyVersionsAndReminders1795372514812 implements MigrationInterface {
    name = 'PolicyVersionsAndReminders1795372514812'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "pool_policy_versions" ("id" SERIAL NOT NULL, "version" integer NOT NULL, "changed_by_id" integer, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "before" jsonb NOT NULL, "after" jsonb NOT NULL, CONSTRAINT "UQ_7cbeccf79fdb6899c266e02d3b3" UNIQUE ("version"), CONSTRAINT "PK_79a57478599f10f903c9f70ba4c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "reminded_for" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "customer_id" integer`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "protection_end" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'REMINDER'`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_b55350bc786b052e8523f313b9a" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pool_policy_versions" ADD CONSTRAINT "FK_7f713ba0172cd8ffa10829ee3bd" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_reminder_period" ON "notifications" ("customer_id", "protection_end") WHERE "protection_end" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "uq_notifications_reminder_period"`);
        await queryRunner.query(`ALTER TABLE "pool_policy_versions" DROP CONSTRAINT "FK_7f713ba0172cd8ffa10829ee3bd"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_b55350bc786b052e8523f313b9a"`);
        await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('CLASH')`);
        await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
        await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
        await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "protection_end"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "customer_id"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "reminded_for"`);
        await queryRunner.query(`DROP TABLE "pool_policy_versions"`);
    }

}
