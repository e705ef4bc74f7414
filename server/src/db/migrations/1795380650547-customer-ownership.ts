import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Owner, protection and lock move out of `customers` into a narrow one-row-per-customer table.
 * Every change of owner rewrote the whole customer row, and since owner_id is indexed no update
 * could be HOT: each recycle, claim or return added an entry to all eleven customer indexes, two
 * of them GIN (tags, name trigrams). Measured on 1,000,000 customers, moving 100,000 to the pool
 * in one go: 12.9 s against 6.8 s with the narrow table (docs/benchmarks.md).
 * The guard "no owner change without its ownership event" moves with the owner column.
 */
export class CustomerOwnership1795380650547 implements MigrationInterface {
    name = 'CustomerOwnership1795380650547'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "customer_ownership" ("customer_id" integer NOT NULL, "owner_id" integer, "owned_since" TIMESTAMP WITH TIME ZONE, "owner_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "protected_until" TIMESTAMP WITH TIME ZONE, "reminded_for" TIMESTAMP WITH TIME ZONE, "locked" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_customer_ownership_owned_since" CHECK ((owner_id IS NULL) = (owned_since IS NULL)), CONSTRAINT "PK_22d6f02a5708340f9c7ea2529bf" PRIMARY KEY ("customer_id"))`);
        await queryRunner.query(`INSERT INTO "customer_ownership" ("customer_id", "owner_id", "owned_since", "owner_changed_at", "protected_until", "reminded_for", "locked")
                                 SELECT c."id", c."owner_id", c."owned_since",
                                        COALESCE(c."owned_since", (SELECT max(p."entered_at") FROM "pool_entries" p WHERE p."customer_id" = c."id"), c."updated_at"),
                                        c."protected_until", c."reminded_for", c."locked"
                                   FROM "customers" c`);
        await queryRunner.query(`CREATE INDEX "idx_customer_ownership_owner" ON "customer_ownership"  ("owner_id", "protected_until") `);
        // The sweep's: owned rows by end. Locked and won rows stay in it (the policy may make them
        // recyclable); each sweep steps over them once, continuing after its last row.
        await queryRunner.query(`CREATE INDEX "idx_customer_ownership_due" ON "customer_ownership" ("protected_until", "customer_id") WHERE "owner_id" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "idx_customer_ownership_pool" ON "customer_ownership" ("owner_changed_at", "customer_id") WHERE "owner_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "customer_ownership" ADD CONSTRAINT "FK_22d6f02a5708340f9c7ea2529bf" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_ownership" ADD CONSTRAINT "FK_2e4e5c73be8db6dafed3e10165c" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // The trail and the pool entries reference the customer through its ownership row: their
        // foreign-key checks then lock the row the owner change already holds, instead of locking
        // (and, after each checkpoint, writing a full page image of) the customer record's page.
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_8274105b88c5c26aa3bea5c57fe"`);
        await queryRunner.query(`ALTER TABLE "pool_entries" DROP CONSTRAINT "FK_f988c6805a2efc98c561f6a402c"`);
        await queryRunner.query(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_8274105b88c5c26aa3bea5c57fe" FOREIGN KEY ("customer_id") REFERENCES "customer_ownership"("customer_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pool_entries" ADD CONSTRAINT "FK_f988c6805a2efc98c561f6a402c" FOREIGN KEY ("customer_id") REFERENCES "customer_ownership"("customer_id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        await queryRunner.query(`DROP TRIGGER "trg_customers_owner_change_with_event" ON "customers"`);
        await queryRunner.query(`DROP TRIGGER "trg_customers_created_with_event" ON "customers"`);
        await queryRunner.query(`DROP FUNCTION berth_require_ownership_event()`);
        // A new customer needs its ownership row and, for that row's owner, an event in the same
        // transaction; an owner change needs its event likewise. Checked at commit, so the event
        // may be written before or after the row.
        await queryRunner.query(`
            CREATE FUNCTION berth_require_ownership_event(customer_id integer, owner_id integer) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (
                    SELECT 1 FROM ownership_events e
                    WHERE e.customer_id = $1 AND e.to_user_id IS NOT DISTINCT FROM $2 AND e.tx_id = txid_current()
                ) THEN
                    RAISE EXCEPTION 'customer % changed owner to % without an ownership event', $1, $2
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
            END $$`);
        await queryRunner.query(`
            CREATE FUNCTION berth_customer_created_with_owner() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE owner integer;
            BEGIN
                SELECT o.owner_id INTO owner FROM customer_ownership o WHERE o.customer_id = NEW.id;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'customer % was created without its ownership row', NEW.id USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                PERFORM berth_require_ownership_event(NEW.id, owner);
                RETURN NULL;
            END $$`);
        await queryRunner.query(`
            CREATE FUNCTION berth_owner_change_with_event() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM berth_require_ownership_event(NEW.customer_id, NEW.owner_id);
                RETURN NULL;
            END $$`);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER trg_customers_created_with_owner
            AFTER INSERT ON customers DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION berth_customer_created_with_owner()`);
        await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER trg_ownership_change_with_event
            AFTER UPDATE OF owner_id ON customer_ownership DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
            EXECUTE FUNCTION berth_owner_change_with_event()`);
        // The row is the customer's standing for as long as the customer exists.
        await queryRunner.query(`
            CREATE FUNCTION berth_ownership_not_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'customer_ownership rows are never deleted (customer %)', OLD.customer_id USING ERRCODE = 'restrict_violation';
            END $$`);
        await queryRunner.query(`
            CREATE TRIGGER trg_customer_ownership_not_deleted BEFORE DELETE ON customer_ownership
            FOR EACH ROW EXECUTE FUNCTION berth_ownership_not_deleted()`);

        await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "FK_790797178a0a9643de8bbbc9605"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_owner_name"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_protected_until"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customers_due"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP CONSTRAINT "chk_customers_owned_since"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "owner_id"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "owned_since"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "protected_until"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "locked"`);
        await queryRunner.query(`ALTER TABLE "customers" DROP COLUMN "reminded_for"`);
        // Pool and team lists sort by name: an ordered walk that stops once a page is full.
        await queryRunner.query(`CREATE INDEX "idx_customers_company_name" ON "customers"  ("company_name", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_customers_company_name"`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "reminded_for" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "locked" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "protected_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "owned_since" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "customers" ADD "owner_id" integer`);
        await queryRunner.query(`UPDATE "customers" c SET "owner_id" = o."owner_id", "owned_since" = o."owned_since", "protected_until" = o."protected_until",
                                        "reminded_for" = o."reminded_for", "locked" = o."locked"
                                   FROM "customer_ownership" o WHERE o."customer_id" = c."id"`);
        await queryRunner.query(`DROP TRIGGER "trg_customer_ownership_not_deleted" ON "customer_ownership"`);
        await queryRunner.query(`DROP FUNCTION berth_ownership_not_deleted()`);
        await queryRunner.query(`DROP TRIGGER "trg_ownership_change_with_event" ON "customer_ownership"`);
        await queryRunner.query(`DROP TRIGGER "trg_customers_created_with_owner" ON "customers"`);
        await queryRunner.query(`DROP FUNCTION berth_owner_change_with_event()`);
        await queryRunner.query(`DROP FUNCTION berth_customer_created_with_owner()`);
        await queryRunner.query(`DROP FUNCTION berth_require_ownership_event(integer, integer)`);
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
        await queryRunner.query(`ALTER TABLE "pool_entries" DROP CONSTRAINT "FK_f988c6805a2efc98c561f6a402c"`);
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_8274105b88c5c26aa3bea5c57fe"`);
        await queryRunner.query(`ALTER TABLE "pool_entries" ADD CONSTRAINT "FK_f988c6805a2efc98c561f6a402c" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_8274105b88c5c26aa3bea5c57fe" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`DROP TABLE "customer_ownership"`);
        await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "chk_customers_owned_since" CHECK (((owner_id IS NULL) = (owned_since IS NULL)))`);
        await queryRunner.query(`CREATE INDEX "idx_customers_due" ON "customers" ("protected_until", "id") WHERE "owner_id" IS NOT NULL AND NOT "locked"`);
        await queryRunner.query(`CREATE INDEX "idx_customers_protected_until" ON "customers" USING btree ("protected_until") `);
        await queryRunner.query(`CREATE INDEX "idx_customers_owner_name" ON "customers" USING btree ("owner_id", "company_name", "id") `);
        await queryRunner.query(`ALTER TABLE "customers" ADD CONSTRAINT "FK_790797178a0a9643de8bbbc9605" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

}
