import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The Team page's per-rep reads, answered from the indexes alone: a rep's counted follow-ups of
 * the last 7 days (customer and whether it counted) and today's claims (kind, customer,
 * receiver). The first view of a department read ~1,700 heap pages of follow-ups for 50 reps at a
 * million customers; from the index it reads ~80.
 */
export class TeamLoadCoveringIndexes1795392300000 implements MigrationInterface {
    name = 'TeamLoadCoveringIndexes1795392300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "idx_follow_ups_author_occurred"`);
        await queryRunner.query(`CREATE INDEX "idx_follow_ups_author_occurred" ON "follow_ups" ("author_id", "occurred_at") INCLUDE ("customer_id", "counted")`);
        await queryRunner.query(`DROP INDEX "idx_ownership_events_actor_occurred"`);
        await queryRunner.query(`CREATE INDEX "idx_ownership_events_actor_occurred" ON "ownership_events" ("actor_id", "occurred_at") INCLUDE ("kind", "customer_id", "to_user_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "idx_ownership_events_actor_occurred"`);
        await queryRunner.query(`CREATE INDEX "idx_ownership_events_actor_occurred" ON "ownership_events" ("actor_id", "occurred_at")`);
        await queryRunner.query(`DROP INDEX "idx_follow_ups_author_occurred"`);
        await queryRunner.query(`CREATE INDEX "idx_follow_ups_author_occurred" ON "follow_ups" ("author_id", "occurred_at")`);
    }

}
