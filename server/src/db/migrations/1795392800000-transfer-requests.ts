import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Transfer requests (a departure or a selection of a rep's customers, to reps or the pool), their
 * snapshot of items with each one's outcome, and on the trail which request (and approver) a move
 * carried out. One open departure per rep, guarded by a partial unique index.
 */
export class TransferRequests1795392800000 implements MigrationInterface {
    name = 'TransferRequests1795392800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE TYPE "public"."transfer_receiver_mode" AS ENUM('ONE', 'SPREAD', 'POOL')`);
        await q(`CREATE TYPE "public"."transfer_status" AS ENUM('PENDING', 'REJECTED', 'QUEUED', 'RUNNING', 'DONE')`);
        await q(`CREATE TABLE "transfer_requests" ("id" SERIAL NOT NULL, "from_user_id" integer NOT NULL, "departure" boolean NOT NULL, "receiver_mode" "public"."transfer_receiver_mode" NOT NULL, "receiver_ids" integer array NOT NULL DEFAULT '{}', "keep_read_days" integer, "note" text NOT NULL, "status" "public"."transfer_status" NOT NULL, "needs_approval" boolean NOT NULL, "requested_by_id" integer NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_id" integer, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text, "counts" jsonb NOT NULL, "batch_id" uuid NOT NULL, "moved" integer NOT NULL DEFAULT '0', "failed" integer NOT NULL DEFAULT '0', "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_transfer_requests" PRIMARY KEY ("id"))`);
        await q(`CREATE TABLE "transfer_items" ("request_id" integer NOT NULL, "customer_id" integer NOT NULL, "to_user_id" integer, "outcome" character varying(40), "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_transfer_items" PRIMARY KEY ("request_id", "customer_id"))`);
        await q(`ALTER TABLE "ownership_events" ADD "transfer_request_id" integer`);
        await q(`ALTER TABLE "ownership_events" ADD "approver_id" integer`);
        await q(`ALTER TABLE "transfer_requests" ADD CONSTRAINT "FK_b1537ccda5f3ddb8453109cfcc7" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "transfer_requests" ADD CONSTRAINT "FK_8e71610a5b7168c183f2ec66dc4" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "transfer_requests" ADD CONSTRAINT "FK_685692ec6415fb218fd083a4c13" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_6bb34104a97c7ba0ddddcd7e289" FOREIGN KEY ("transfer_request_id") REFERENCES "transfer_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "ownership_events" ADD CONSTRAINT "FK_c8017f4c736ac7aaf87c7160771" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "transfer_items" ADD CONSTRAINT "FK_89bc6e6cd73b2586f42079bb18e" FOREIGN KEY ("request_id") REFERENCES "transfer_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "transfer_items" ADD CONSTRAINT "FK_72c5d99c3a40c7599b5ac1b25ad" FOREIGN KEY ("customer_id") REFERENCES "customer_ownership"("customer_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await q(`ALTER TABLE "transfer_items" ADD CONSTRAINT "FK_fe9588946c90512ad063f71fa63" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await q(`CREATE UNIQUE INDEX "uq_transfer_requests_open_departure" ON "transfer_requests" ("from_user_id") WHERE "departure" AND "status" IN ('PENDING', 'QUEUED', 'RUNNING')`);
        await q(`CREATE INDEX "idx_transfer_items_pending" ON "transfer_items" ("request_id", "customer_id") WHERE "done_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "public"."idx_transfer_items_pending"`);
        await q(`DROP INDEX "public"."uq_transfer_requests_open_departure"`);
        await q(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_c8017f4c736ac7aaf87c7160771"`);
        await q(`ALTER TABLE "ownership_events" DROP CONSTRAINT "FK_6bb34104a97c7ba0ddddcd7e289"`);
        await q(`ALTER TABLE "ownership_events" DROP COLUMN "approver_id"`);
        await q(`ALTER TABLE "ownership_events" DROP COLUMN "transfer_request_id"`);
        await q(`DROP TABLE "transfer_items"`);
        await q(`DROP TABLE "transfer_requests"`);
        await q(`DROP TYPE "public"."transfer_status"`);
        await q(`DROP TYPE "public"."transfer_receiver_mode"`);
    }
}
