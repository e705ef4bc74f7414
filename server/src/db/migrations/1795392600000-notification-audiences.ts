import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who hears about what:
 * - a clash keeps who owned the customer at the attempt, so its alert names them and not a
 *   later owner (old clashes take the owner the trail shows at that moment);
 * - admins choose whether they receive clash alerts on every team's customers (on by default);
 * - a manager's assignment tells the receiving rep (ASSIGNED) and the rep who lost customers
 *   (REASSIGNED), one notification per person and assignment, counted.
 */
export class NotificationAudiences1795392600000 implements MigrationInterface {
    name = 'NotificationAudiences1795392600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE "users" ADD "all_clash_alerts" boolean NOT NULL DEFAULT true`);
        await q(`ALTER TABLE "clashes" ADD "owner_id" integer`);
        await q(`ALTER TABLE "notifications" ADD "actor_id" integer`);
        await q(`ALTER TABLE "notifications" ADD "batch_id" uuid`);
        await q(`ALTER TABLE "notifications" ADD "customer_count" integer NOT NULL DEFAULT '1'`);
        await q(`ALTER TABLE "notifications" ADD "receiver_id" integer`);
        await q(`ALTER TYPE "public"."notification_kind" ADD VALUE 'ASSIGNED'`);
        await q(`ALTER TYPE "public"."notification_kind" ADD VALUE 'REASSIGNED'`);
        await q(`ALTER TABLE "clashes" ADD CONSTRAINT "FK_db7444d181903d622208a3b5cc4" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_343c8ee2cd2f4036f2a3423989e" FOREIGN KEY ("receiver_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await q(`CREATE UNIQUE INDEX "uq_notifications_batch" ON "notifications" ("user_id", "batch_id", "kind") WHERE "batch_id" IS NOT NULL`);
        // The owner at each old attempt: where the trail's last move before it left the customer.
        await q(`UPDATE clashes k SET owner_id = (
                   SELECT e.to_user_id FROM ownership_events e
                    WHERE e.customer_id = k.customer_id AND e.occurred_at <= k.attempted_at
                    ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "public"."uq_notifications_batch"`);
        await q(`DELETE FROM "notifications" WHERE "kind" IN ('ASSIGNED', 'REASSIGNED')`);
        await q(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_343c8ee2cd2f4036f2a3423989e"`);
        await q(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6"`);
        await q(`ALTER TABLE "clashes" DROP CONSTRAINT "FK_db7444d181903d622208a3b5cc4"`);
        // PostgreSQL cannot drop an enum value: the type is rebuilt without them.
        await q(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
        await q(`CREATE TYPE "public"."notification_kind" AS ENUM('CLASH', 'REMINDER')`);
        await q(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::"text"::"public"."notification_kind"`);
        await q(`DROP TYPE "public"."notification_kind_old"`);
        await q(`ALTER TABLE "notifications" DROP COLUMN "receiver_id"`);
        await q(`ALTER TABLE "notifications" DROP COLUMN "customer_count"`);
        await q(`ALTER TABLE "notifications" DROP COLUMN "batch_id"`);
        await q(`ALTER TABLE "notifications" DROP COLUMN "actor_id"`);
        await q(`ALTER TABLE "clashes" DROP COLUMN "owner_id"`);
        await q(`ALTER TABLE "users" DROP COLUMN "all_clash_alerts"`);
    }

}
