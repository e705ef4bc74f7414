import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A customer's other names — former, English, Chinese, brands — each looked up by the duplicate
 * check like the customer's own name: exactly by its name key, and by the word variants of its
 * distinctive name (the same GIN index as customers', without a pending list, for the same reason).
 */
export class CustomerAliases1795394100000 implements MigrationInterface {
    name = 'CustomerAliases1795394100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TABLE "customer_aliases" ("customer_id" integer NOT NULL, "position" smallint NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "name_key" text NOT NULL, "name_core" text NOT NULL, CONSTRAINT "PK_6b3dbef5a75e0d0629c3637a32e" PRIMARY KEY ("customer_id", "position"))`);
        await q(`CREATE INDEX "idx_customer_aliases_name_key" ON "customer_aliases"  ("name_key") `);
        await q(`CREATE INDEX "idx_customer_aliases_name_variants" ON "customer_aliases" USING gin (berth_name_variants("name_core")) WITH (fastupdate = off)`);
        await q(`ALTER TABLE "customer_aliases" ADD CONSTRAINT "FK_6fed0f0706a58a466c856f90b94" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "customer_aliases"`);
    }
}
