import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The foundation schema. The first part was generated from the entities; the part after
 * "Hand-written" holds what entities cannot express: pattern-ops and GIN indexes, and the
 * triggers that make the ownership trail append-only and required.
 */

export class Initial1795362916164 implements MigrationInterface {
    name = 'Initial1795362916164'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "departments" ("id" SERIAL NOT NULL, "name" character varying(120) NOT NULL, "parent_id" integer, "path" character varying(255) NOT NULL, CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('REP', 'MANAGER', 'ADMIN')`);
        await queryRunner.query(`CREATE TABLE "users" ("id" SERIAL NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "department_id" integer, "password_hash" character varying(255) NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_users_department" ON "users"  ("department_id") `);
        await queryRunner.query(`CREATE TABLE "sessions" ("token_hash" character(64) NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "regions" ("id" SERIAL NOT NULL, "name" character varying(80) NOT NULL, CONSTRAINT "UQ_1eb9a8899a7db89f6ba473fd847" UNIQUE ("name"), CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "tiers" ("code" character varying(16) NOT NULL, "name" character varying(80) NOT NULL, "rank" integer NOT NULL, CONSTRAINT "UQ_c80c20d2e62d7c6e12bcd6f9c91" UNIQUE ("rank"), CONSTRAINT "PK_65ab85afd05361027fca4150bba" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TYPE "public"."customer_status" AS ENUM('NEW', 'FOLLOWING_UP', 'NEGOTIATING', 'WON', 'LOST')`);
        await queryRunner.query(`CREATE TABLE "customers" ("id" SERIAL NOT NULL, "company_name" character varying(200) NOT NULL, "website" character varying(255), "email" character varying(254), "phone" character varying(40), "industry" character varying(80), "region_id" integer, "source" character varying(80), "tags" text array NOT NULL DEFAULT '{}', "tier_code" character varying(16) NOT NULL, "status" "public"."customer_status" NOT NULL DEFAULT 'NEW', "owner_id" integer, "owned_since" TIMESTAMP WITH TIME ZONE, "created_by_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "chk_customers_owned_since" CHECK ((owner_id IS NULL) = (owned_since IS NULL)), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_customers_industry" ON "customers"  ("industry") `);
        await queryRunner.query(`CREATE INDEX "idx_customers_region" ON "customers"  ("region_id") `);
        await queryRunner.query(`CREATE INDEX "idx_customers_tier" ON "customers"  ("tier_code") `);
        await queryRunner.query(`CREATE INDEX "idx_customers_updated_at" ON "customers"  ("updated_at") `);
        await queryRunner.query(`CREATE INDEX "idx_customers_owner_name" ON "customers"  ("owner_id", "company_name", "id") `);
        await queryRunner.query(`CREATE TABLE "contacts" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "name" character varying(120) NOT NULL, "title" character varying(120), "phones" text array NOT NULL DEFAULT '{}', "emails" text array NOT NULL DEFAULT '{}', "birthday" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_contacts_customer" ON "contacts"  ("customer_id") `);
        await queryRunner.query(`CREATE TYPE "public"."ownership_event_kind" AS ENUM('CREATED', 'CLAIMED', 'ASSIGNED', 'TRANSFERRED', 'RETURNED', 'RECYCLED')`);
        await queryRunner.query(`CREATE TABLE "ownership_events" ("id" BIGSERIAL NOT NULL, "customer_id" integer NOT NULL, "from_user_id" integer, "to_user_id" integer, "kind" "public"."ownership_event_kind" NOT NULL, "reason" text, "actor_id" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "tx_id" bigint NOT NULL DEFAULT txid_current(), CONSTRAINT "PK_29357e604d2ab4a4c8cb4a65b9e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_ownership_events_customer" ON "ownership_events"  ("customer_id", "occurred_at") `);
        await queryRunner.query(`ALTER TABLE "departments" ADD CONSTRAINT "FK_700b0b13f494cb37b6ca929e79b" FOREIGN KEY ("parent_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_0921d1972cf861d568f5271cd85" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "FK_993ddfa54d4a08330e33a47e9ea" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "FK_39fe8f0344665bd9de72d4141aa" FOREIGN KEY ("tier_code") REFERENCES "tiers"("code") ON DELETE RESTRICT ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "FK_790797178a0a9643de8bbbc9605" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "FK_78c73bbdc2a390834b9a0136a43" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contacts" ADD CONSTRAINT "FK_3857e3d5137fea5865651a1be75" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_8274105b88c5c26aa3bea5c57fe" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_3f289a2f588c2d13d69dbe0f98b" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_1413c68ce54fa5841fe45320f24" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_1bf6f45d63a6022f8dd987c0593" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

        // Hand-written.
        await queryRunner.query(`CREATE UNIQUE INDEX "idx_departments_path" ON "departments" ("path" varchar_pattern_ops)`);
        await queryRunner.query(`CREATE INDEX "idx_customers_tags" ON "customers" USING GIN ("tags")`);
        // Default tiers; admins rename or extend them.
        await queryRunner.query(`INSERT INTO tiers (code, name, rank) VALUES ('A', 'A — key account', 1), ('B', 'B — growth', 2), ('C', 'C — long tail', 3)`);
        // The trail is append-only: history is evidence in ownership disputes.
        await queryRunner.query(`
            CREATE FUNCTION berth_ownership_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'ownership_events is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
            END $$`);
        await queryRunner.query(`
            CREATE TRIGGER trg_ownership_events_append_only BEFORE UPDATE OR DELETE ON ownership_events
            FOR EACH ROW EXECUTE FUNCTION berth_ownership_events_append_only()`);
        // An owner change (or a new customer) must come with its ownership event in the same
        // transaction. Checked at commit, so the event may be written before or after the row.
        await queryRunner.query(`
            CREATE FUNCTION berth_require_ownership_event() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (
                    SELECT 1 FROM ownership_events e
                    WHERE e.customer_id = NEW.id
                      AND e.to_user_id IS NOT DISTINCT FROM NEW.owner_id
                      AND e.tx_id = txid_current()
                ) THEN
                    RAISE EXCEPTION 'customer % changed owner to % without an ownership event', NEW.id, NEW.owner_id
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NULL;
            END $$`);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER trg_customers_created_with_event
            AFTER INSERT ON customers DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION berth_require_ownership_event()`);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER trg_customers_owner_change_with_event
            AFTER UPDATE OF owner_id ON customers DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
            EXECUTE FUNCTION berth_require_ownership_event()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "trg_customers_owner_change_with_event" ON "customers"`);
        await queryRunner.query(`DROP TRIGGER "trg_customers_created_with_event" ON "customers"`);
        await queryRunner.query(`DROP FUNCTION berth_require_ownership_event()`);
        await queryRunner.query(`DROP TRIGGER "trg_ownership_events_append_only" ON "ownership_events"`);
        await queryRunner.query(`DROP FUNCTION berth_ownership_events_append_only()`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_tags"`);
        await queryRunner.query(`DROP INDEX "public"."idx_departments_path"`);
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_1bf6f45d63a6022f8dd987c0593"`);
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_1413c68ce54fa5841fe45320f24"`);
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_3f289a2f588c2d13d69dbe0f98b"`);
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_8274105b88c5c26aa3bea5c57fe"`);
        await queryRunner.query(`ALTER TABLE "contacts" DROP CONSTRAINT "FK_3857e3d5137fea5865651a1be75"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "FK_78c73bbdc2a390834b9a0136a43"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "FK_790797178a0a9643de8bbbc9605"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "FK_39fe8f0344665bd9de72d4141aa"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "FK_993ddfa54d4a08330e33a47e9ea"`);
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_0921d1972cf861d568f5271cd85"`);
        await queryRunner.query(`ALTER TABLE "departments" DROP CONSTRAINT "FK_700b0b13f494cb37b6ca929e79b"`);
        await queryRunner.query(`DROP INDEX "public"."idx_ownership_events_customer"`);
        await queryRunner.query(`DROP TABLE "ownership_events"`);
        await queryRunner.query(`DROP TYPE "public"."ownership_event_kind"`);
        await queryRunner.query(`DROP INDEX "public"."idx_contacts_customer"`);
        await queryRunner.query(`DROP TABLE "contacts"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_owner_name"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_updated_at"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_tier"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_region"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_industry"`);
        await queryRunner.query(`DROP TABLE "customers"`);
        await queryRunner.query(`DROP TYPE "public"."customer_status"`);
        await queryRunner.query(`DROP TABLE "tiers"`);
        await queryRunner.query(`DROP TABLE "regions"`);
        await queryRunner.query(`DROP INDEX "public"."idx_sessions_user"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP INDEX "public"."idx_users_department"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TYPE "public"."user_role"`);
        await queryRunner.query(`DROP TABLE "departments"`);
    }

}
