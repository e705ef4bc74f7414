import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Why a customer entered the pool, as data beside the English text (`EntryReason` in the domain):
 * the recycle rules that fired with their day counts, or the return reason's code, its label then
 * and the rep's note. Each viewer reads it in their own language. Rows written before are filled
 * from their text, which Berth itself wrote in one fixed form ("recycled: no valid follow-up for
 * 30 days and no won deal within 60 days", "returned: Label — note").
 */
export class StructuredEntryReasons1795392500000 implements MigrationInterface {
    name = 'StructuredEntryReasons1795392500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE "pool_entries" ADD "reason_detail" jsonb`);
        await q(`ALTER TABLE "ownership_events" ADD "reason_detail" jsonb`);
        await q(`CREATE FUNCTION berth_reason_detail_from_text(kind text, reason text, code text) RETURNS jsonb
                   LANGUAGE sql IMMUTABLE AS $fn$
          SELECT CASE
            WHEN kind = 'RECYCLED' AND reason LIKE 'recycled: %' THEN jsonb_build_object(
              'kind', 'RECYCLED',
              'rules', to_jsonb(array_remove(ARRAY[
                 CASE WHEN reason ~ 'no valid follow-up for \\d+ day' THEN 'NO_VALID_FOLLOW_UP' END,
                 CASE WHEN reason ~ 'no won deal within \\d+ day' THEN 'NO_DEAL' END], NULL)),
              'followUpDays', (substring(reason FROM 'no valid follow-up for (\\d+) day'))::int,
              'noDealDays', (substring(reason FROM 'no won deal within (\\d+) day'))::int)
            WHEN kind = 'RETURNED' AND reason LIKE 'returned: %' THEN jsonb_build_object(
              'kind', 'RETURNED',
              'code', coalesce(code, ''),
              'label', split_part(substr(reason, 11), ' — ', 1),
              'note', nullif(substr(substr(reason, 11), length(split_part(substr(reason, 11), ' — ', 1)) + 4), ''))
          END $fn$`);
        await q(`UPDATE pool_entries SET reason_detail = berth_reason_detail_from_text(kind::text, reason, reason_code)
                  WHERE kind IN ('RECYCLED', 'RETURNED')`);
        // The trail is append-only for everyone else; this adds data beside each reason's text once.
        await q(`ALTER TABLE ownership_events DISABLE TRIGGER trg_ownership_events_append_only`);
        // An event's return code is its pool entry's (same customer, same moment).
        await q(`UPDATE ownership_events e SET reason_detail = berth_reason_detail_from_text(e.kind::text, e.reason,
                   (SELECT p.reason_code FROM pool_entries p WHERE p.customer_id = e.customer_id AND p.entered_at = e.occurred_at AND p.kind::text = e.kind::text LIMIT 1))
                  WHERE e.kind IN ('RECYCLED', 'RETURNED') AND e.reason IS NOT NULL`);
        await q(`ALTER TABLE ownership_events ENABLE TRIGGER trg_ownership_events_append_only`);
        await q(`DROP FUNCTION berth_reason_detail_from_text(text, text, text)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ownership_events" DROP COLUMN "reason_detail"`);
        await queryRunner.query(`ALTER TABLE "pool_entries" DROP COLUMN "reason_detail"`);
    }

}
