import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The language each user chose for the dashboard ('en' or 'zh-CN'); null until they choose, when
 * their browser's language is used.
 */
export class UserLocale1795392400000 implements MigrationInterface {
    name = 'UserLocale1795392400000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "locale" character varying(10)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
    }

}
