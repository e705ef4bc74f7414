import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every status a customer was set to, and when: claim conversion ("reached WON while the claimer
 * still owned it") needs the moment of the win, not only the current status. Existing customers
 * get one row: their current status, at their last update (a NEW customer at its creation).
 */
export class CustomerStatusChanges1795391500000 implements MigrationInterface {
    name = 'CustomerStatusChanges1795391500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "customer_status_changes" ("id" BIGSERIAL NOT NULL, "customer_id" integer NOT NULL, "status" "public"."customer_status" NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" integer, CONSTRAINT "PK_efeb6527f22feeab9cb3a467611" PRIMARY KEY ("id"))`);
        await queryRunner.query(`INSERT INTO "customer_status_changes" ("customer_id", "status", "changed_at", "actor_id")
                                 SELECT c."id", c."status", CASE WHEN c."status" = 'NEW' THEN c."created_at" ELSE c."updated_at" END, NULL
                                   FROM "customers" c ORDER BY c."id"`);
        await queryRunner.query(`CREATE INDEX "idx_customer_status_changes_customer" ON "customer_status_changes"  ("customer_id", "changed_at") `);
        await queryRunner.query(`ALTER TABLE "customer_status_changes" ADD CONSTRAINT "FK_db0b690b40ab1324c5104705b9a" FOREIGN KEY ("customer_id") REFERENCES "customer_ownership"("customer_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_status_changes" ADD CONSTRAINT "FK_74443c00e9b32d8d800a6541a56" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "customer_status_changes" DROP CONSTRAINT "FK_74443c00e9b32d8d800a6541a56"`);
        await queryRunner.query(`ALTER TABLE "customer_status_changes" DROP CONSTRAINT "FK_db0b690b40ab1324c5104705b9a"`);
        await queryRunner.query(`DROP INDEX "public"."idx_customer_status_changes_customer"`);
        await queryRunner.query(`DROP TABLE "customer_status_changes"`);
    }

}
