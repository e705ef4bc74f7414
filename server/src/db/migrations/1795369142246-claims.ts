import { MigrationInterface, QueryRunner } from "typeorm";

/** Claims: the per-rep, per-day counter whose row serialises one rep's claims. */

export class Claims1795369142246 implements MigrationInterface {
    name = 'Claims1795369142246'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "claim_counters" ("user_id" integer NOT NULL, "day" date NOT NULL, "claims" integer NOT NULL, CONSTRAINT "PK_916a2dc6a01974da666610b476d" PRIMARY KEY ("user_id", "day"))`);
        await queryRunner.query(`ALTER TABLE "claim_counters" ADD CONSTRAINT "FK_a322b718ec7eb807483556a49ba" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "claim_counters" DROP CONSTRAINT "FK_a322b718ec7eb807483556a49ba"`);
        await queryRunner.query(`DROP TABLE "claim_counters"`);
    }

}
