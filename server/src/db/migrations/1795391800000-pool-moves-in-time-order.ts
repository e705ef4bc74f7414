import { MigrationInterface, QueryRunner } from "typeorm";
import { CHURN_MARKS_BACKFILL, COUNT_POOL_FLOWS, POOL_ROLLUP_ENTRIES, POOL_ROLLUP_EVENTS } from "./pool-rollup-functions";

/**
 * Claims and assignments are read by time (cohorts, boomerang, dwell over a range): the rows go
 * in time order on disk and one index covers every column those reads take, so 90 days is one
 * short index range instead of hundreds of thousands of random heap reads (a backfill writes them
 * customer by customer). Churn marks name the recycle two before, so a window's churn loops are
 * read directly. Also brings a database that ran an earlier draft of 1795391700000 to its
 * final shape: backend-slotted counter rows and the current trigger functions.
 */
export class PoolMovesInTimeOrder1795391800000 implements MigrationInterface {
    name = 'PoolMovesInTimeOrder1795391800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE pool_flow_hours ALTER COLUMN shard TYPE integer`);
        await q(`ALTER TABLE pool_rep_hours ADD COLUMN IF NOT EXISTS shard smallint NOT NULL DEFAULT 0`);
        await q(`ALTER TABLE pool_rep_hours ALTER COLUMN shard DROP DEFAULT`);
        await q(`ALTER TABLE pool_rep_hours DROP CONSTRAINT pool_rep_hours_pkey, ADD PRIMARY KEY (rep_id, hour, kind, shard)`);
        await q(COUNT_POOL_FLOWS);
        await q(POOL_ROLLUP_EVENTS);
        await q(POOL_ROLLUP_ENTRIES);
        await q(`CREATE INDEX idx_pool_moves_at_cover ON pool_moves (at) INCLUDE (kind, rep_id, entered_at, next_pool_at, won_at, activated_at, source)`);
        await q(`DROP INDEX idx_pool_moves_at`);
        await q(`CLUSTER pool_moves USING idx_pool_moves_at_cover`);
        await q(`ANALYZE pool_moves`);
        // Churn marks carry the recycle two before: a window's churn customers are then read, not searched for.
        await q(`ALTER TABLE churn_marks ADD COLUMN IF NOT EXISTS second_previous_at timestamptz`);
        await q(`TRUNCATE churn_marks`);
        await q(CHURN_MARKS_BACKFILL);
        await q(`ALTER TABLE churn_marks ALTER COLUMN second_previous_at SET NOT NULL`);
        await q(`DROP INDEX idx_churn_marks_at`);
        await q(`CREATE INDEX idx_churn_marks_at ON churn_marks (at) INCLUDE (second_previous_at, customer_id)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX idx_pool_moves_at ON pool_moves (at)`);
        await queryRunner.query(`DROP INDEX idx_pool_moves_at_cover`);
    }

}
