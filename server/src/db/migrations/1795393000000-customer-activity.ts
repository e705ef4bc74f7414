import { MigrationInterface, QueryRunner } from "typeorm";

/** The customer activity log: every change to a customer, its contacts, follow-ups and collaborators, field by field. */
export class CustomerActivity1795393000000 implements MigrationInterface {
    name = 'CustomerActivity1795393000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TYPE "public"."activity_subject" AS ENUM('CUSTOMER', 'CONTACT', 'FOLLOW_UP', 'COLLABORATOR', 'OWNER')`);
        await q(`CREATE TYPE "public"."activity_action" AS ENUM('CREATE', 'EDIT', 'ADD', 'REMOVE', 'IMPORT', 'CLAIM', 'ASSIGN', 'TRANSFER', 'RETURN', 'RELEASE', 'RULE')`);
        await q(`CREATE TABLE "customer_activity" ("id" BIGSERIAL NOT NULL, "customer_id" integer NOT NULL, "subject" "public"."activity_subject" NOT NULL, "subject_id" integer, "field" character varying(60), "before" jsonb, "after" jsonb, "action" "public"."activity_action" NOT NULL, "actor_id" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_customer_activity" PRIMARY KEY ("id"))`);
        await q(`CREATE INDEX "idx_customer_activity_customer" ON "customer_activity" ("customer_id", "occurred_at") `);
        await q(`ALTER TABLE "customer_activity" ADD CONSTRAINT "FK_c4b9caf1c0e0806038a9d79423f" FOREIGN KEY ("customer_id") REFERENCES "customer_ownership"("customer_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "customer_activity" ADD CONSTRAINT "FK_f624bd8b7fa6cd16d5c34334666" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "public"."idx_customer_activity_customer"`);
        await q(`DROP TABLE "customer_activity"`);
        await q(`DROP TYPE "public"."activity_action"`);
        await q(`DROP TYPE "public"."activity_subject"`);
    }
}
