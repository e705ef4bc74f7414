import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Failed sign-ins per hashed key (an account or a client address) in a window, counted by
 * conditional upserts so the limits hold across instances. The window index lets expired rows
 * be cleared a few at a time.
 */
export class LoginThrottle1795390700000 implements MigrationInterface {
    name = 'LoginThrottle1795390700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_throttles" ("key_hash" character(64) NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_16947e58981ea863b54a8d68987" PRIMARY KEY ("key_hash"))`);
        await queryRunner.query(`CREATE INDEX "idx_login_throttles_window" ON "login_throttles" ("window_started_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_login_throttles_window"`);
        await queryRunner.query(`DROP TABLE "login_throttles"`);
    }

}
