import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Duplicate checks: normalised match keys (exact lookups), a trigram index on the normalised
 * name (similar names), clash records, notifications and admin settings. Existing customers get
 * their keys from the server at start-up (normalisation lives in TypeScript, not SQL).
 */

export class DuplicateChecks1795364671285 implements MigrationInterface {
    name = 'DuplicateChecks1795364671285'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "clashes" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "attempted_by_id" integer NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempted_name" character varying(200) NOT NULL, "verdict" character varying(8) NOT NULL, "dimensions" text array NOT NULL, CONSTRAINT "PK_3b06b1e7d414673234f1d90e9ff" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_clashes_customer" ON "clashes"  ("customer_id", "attempted_at") `);
        await queryRunner.query(`CREATE TYPE "public"."match_key_dimension" AS ENUM('EMAIL', 'PHONE', 'DOMAIN')`);
        await queryRunner.query(`CREATE TABLE "customer_match_keys" ("dimension" "public"."match_key_dimension" NOT NULL, "key" character varying(254) NOT NULL, "customer_id" integer NOT NULL, CONSTRAINT "PK_2b30c079852d695f31ff4baa5a5" PRIMARY KEY ("dimension", "key", "customer_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_customer_match_keys_customer" ON "customer_match_keys"  ("customer_id") `);
        await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('CLASH')`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" "public"."notification_kind" NOT NULL, "clash_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_notifications_user_created" ON "notifications"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "name_word_counts" ("word" character varying(200) NOT NULL, "customers" integer NOT NULL, CONSTRAINT "PK_name_word_counts" PRIMARY KEY ("word"))`);
        await queryRunner.query(`CREATE TABLE "app_settings" ("key" character varying(64) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_id" integer, CONSTRAINT "PK_975c2db59c65c05fd9c6b63a2ab" PRIMARY KEY ("key"))`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "name_key" character varying(200) NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "protected_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "name_core" character varying(200) NOT NULL DEFAULT ''`);
        await queryRunner.query(`CREATE INDEX "idx_customers_name_key" ON "customers"  ("name_key") `);
        await queryRunner.query(`CREATE INDEX "idx_customers_protected_until" ON "customers"  ("protected_until") `);
        await queryRunner.query(`ALTER TABLE "clashes" ADD CONSTRAINT "FK_620a58c3426aead6e70fab94245" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "clashes" ADD CONSTRAINT "FK_5cefb58bd94857ad3cdec311376" FOREIGN KEY ("attempted_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_match_keys" ADD CONSTRAINT "FK_c3bb5af809951bb6f24f16ce7f3" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_e8b2cfbbb4f6493f099105206be" FOREIGN KEY ("clash_id") REFERENCES "clashes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_settings" ADD CONSTRAINT "FK_ad533cf3b4e0a90398101e28a21" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

        // Hand-written.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        // Trigrams of the distinctive part only: common words (places, industries) would make
        // every posting list huge and every similar-name search slow.
        await queryRunner.query(`CREATE INDEX "idx_customers_name_core_trgm" ON "customers" USING GIN ("name_core" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "idx_notifications_unread" ON "notifications" ("user_id") WHERE read_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_notifications_unread"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_name_core_trgm"`);
        await queryRunner.query(`ALTER TABLE "app_settings" DROP CONSTRAINT "FK_ad533cf3b4e0a90398101e28a21"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_e8b2cfbbb4f6493f099105206be"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
        await queryRunner.query(`ALTER TABLE "customer_match_keys" DROP CONSTRAINT "FK_c3bb5af809951bb6f24f16ce7f3"`);
        await queryRunner.query(`ALTER TABLE "clashes" DROP CONSTRAINT "FK_5cefb58bd94857ad3cdec311376"`);
        await queryRunner.query(`ALTER TABLE "clashes" DROP CONSTRAINT "FK_620a58c3426aead6e70fab94245"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_protected_until"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_name_key"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "name_core"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "protected_until"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "name_key"`);
        await queryRunner.query(`DROP TABLE "app_settings"`);
        await queryRunner.query(`DROP TABLE "name_word_counts"`);
        await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_created"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customer_match_keys_customer"`);
        await queryRunner.query(`DROP TABLE "customer_match_keys"`);
        await queryRunner.query(`DROP TYPE "public"."match_key_dimension"`);
        await queryRunner.query(`DROP INDEX "public"."idx_clashes_customer"`);
        await queryRunner.query(`DROP TABLE "clashes"`);
    }

}
