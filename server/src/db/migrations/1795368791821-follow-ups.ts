import { MigrationInterface, QueryRunner } from "typeorm";

/** Follow-ups: the customer timeline whose valid entries extend protection. */

export class FollowUps1795368791821 implements MigrationInterface {
    name = 'FollowUps1795368791821'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."follow_up_type" AS ENUM('CALL', 'VISIT', 'MEETING', 'EMAIL', 'WECHAT', 'NOTE', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "follow_ups" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "author_id" integer, "type" "public"."follow_up_type" NOT NULL, "content" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_step" character varying(500), "remind_at" TIMESTAMP WITH TIME ZONE, "counted" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d510aabdff2ec7fdc67a1092157" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_follow_ups_customer_occurred" ON "follow_ups"  ("customer_id", "occurred_at") `);
        await queryRunner.query(`ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_98b3f566a978ce9c06495c5a1ac" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_cdfdf2dfce79f4da7c89c342e4d" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_cdfdf2dfce79f4da7c89c342e4d"`);
        await queryRunner.query(`ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_98b3f566a978ce9c06495c5a1ac"`);
        await queryRunner.query(`DROP INDEX "public"."idx_follow_ups_customer_occurred"`);
        await queryRunner.query(`DROP TABLE "follow_ups"`);
        await queryRunner.query(`DROP TYPE "public"."follow_up_type"`);
    }

}
