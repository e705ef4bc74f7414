import { MigrationInterface, QueryRunner } from "typeorm";

/** Recycling: the locked exclusion and the pool entries a recycle (later a return) writes. */

export class Recycling1795368896256 implements MigrationInterface {
    name = 'Recycling1795368896256'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."pool_entry_kind" AS ENUM('RECYCLED', 'RETURNED', 'RELEASED')`);
        await queryRunner.query(`CREATE TABLE "pool_entries" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "kind" "public"."pool_entry_kind" NOT NULL, "previous_owner_id" integer, "reason" text NOT NULL, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7449ad4bb5710f32ba802f5188d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_pool_entries_customer" ON "pool_entries"  ("customer_id", "entered_at") `);
        await queryRunner.query(`ALTER TABLE "customers" ADD "locked" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "pool_entries" ADD CONSTRAINT "FK_f988c6805a2efc98c561f6a402c" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pool_entries" ADD CONSTRAINT "FK_0dad8b3dbfb05795d76db3dae3a" FOREIGN KEY ("previous_owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "pool_entries" DROP CONSTRAINT "FK_0dad8b3dbfb05795d76db3dae3a"`);
        await queryRunner.query(`ALTER TABLE "pool_entries" DROP CONSTRAINT "FK_f988c6805a2efc98c561f6a402c"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "locked"`);
        await queryRunner.query(`DROP INDEX "public"."idx_pool_entries_customer"`);
        await queryRunner.query(`DROP TABLE "pool_entries"`);
        await queryRunner.query(`DROP TYPE "public"."pool_entry_kind"`);
    }

}
