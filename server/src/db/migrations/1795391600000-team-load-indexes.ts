import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The Team page reads, per rep, the latest follow-up they wrote and ownership event they acted
 * in (last activity), their follow-ups of the last 7 days and their claims of today. Without
 * these, each is a scan of the whole table; with them, a backward probe or a short range per rep.
 */
export class TeamLoadIndexes1795391600000 implements MigrationInterface {
    name = 'TeamLoadIndexes1795391600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "idx_follow_ups_author_occurred" ON "follow_ups" ("author_id", "occurred_at") `);
        await queryRunner.query(`CREATE INDEX "idx_ownership_events_actor_occurred" ON "ownership_events" ("actor_id", "occurred_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_ownership_events_actor_occurred"`);
        await queryRunner.query(`DROP INDEX "public"."idx_follow_ups_author_occurred"`);
    }

}
