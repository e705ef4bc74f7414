import { MigrationInterface, QueryRunner } from "typeorm";

/** Collaborators: colleagues with read-only or read-write access to a customer, optionally until an expiry. */
export class Collaborators1795392900000 implements MigrationInterface {
    name = 'Collaborators1795392900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TYPE "public"."collaborator_access" AS ENUM('READ', 'WRITE')`);
        await q(`CREATE TABLE "customer_collaborators" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, "access" "public"."collaborator_access" NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "granted_by_id" integer NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_customer_collaborators" PRIMARY KEY ("customer_id", "user_id"))`);
        await q(`CREATE INDEX "idx_customer_collaborators_user" ON "customer_collaborators" ("user_id", "customer_id") `);
        await q(`ALTER TABLE "customer_collaborators" ADD CONSTRAINT "FK_3a1fa8b4e7abf7ac985c0a9d2a5" FOREIGN KEY ("customer_id") REFERENCES "customer_ownership"("customer_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "customer_collaborators" ADD CONSTRAINT "FK_d3ed655b1f0f810a210939126f5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "customer_collaborators" ADD CONSTRAINT "FK_087343275a266b88a6940f95c5a" FOREIGN KEY ("granted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "public"."idx_customer_collaborators_user"`);
        await q(`DROP TABLE "customer_collaborators"`);
        await q(`DROP TYPE "public"."collaborator_access"`);
    }
}
