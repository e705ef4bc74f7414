import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillTotals, entryContributions, entryDeltasTrigger, returnContributions } from "./analytics-running-totals-sql";

/**
 * A return keeps the code of the reason the rep chose. Its text ("returned: Other — their parent
 * company buys") carries the rep's note, so analytics grouped returns by every note written and a
 * renamed label split one reason in two; they now count by code, from running totals (series 7).
 * Returns written before are given the code whose label their text starts with: the saved
 * policy's reasons, then the defaults; a text matching none keeps no code.
 */
export class ReturnReasonCodes1795392200000 implements MigrationInterface {
    name = 'ReturnReasonCodes1795392200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE pool_entries ADD COLUMN reason_code varchar(40)`);
        await q(`UPDATE pool_entries p SET reason_code = r.code
                   FROM (SELECT DISTINCT ON (label) code, label FROM (
                           SELECT x->>'code' AS code, x->>'label' AS label, 0 AS rank
                             FROM app_settings s CROSS JOIN LATERAL jsonb_array_elements(s.value::jsonb->'returnReasons') x WHERE s.key = 'pool-policy'
                           UNION ALL VALUES ('NO_CONTACT', 'No contact', 1), ('NOT_A_FIT', 'Not a fit', 1), ('WRONG_REGION', 'Wrong region', 1),
                                            ('DUPLICATE', 'Duplicate', 1), ('OTHER', 'Other', 1)) l
                          ORDER BY label, rank) r
                  WHERE p.kind = 'RETURNED' AND (p.reason = 'returned: ' || r.label OR starts_with(p.reason, 'returned: ' || r.label || ' — '))`);
        await q(entryDeltasTrigger(`${entryContributions('new_rows')} UNION ALL ${returnContributions('new_rows')}`));
        for (const sql of backfillTotals(returnContributions('pool_entries'))) await q(sql);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(entryDeltasTrigger(entryContributions('new_rows')));
        await queryRunner.query(`DELETE FROM analytics_totals WHERE series = 7`);
        await queryRunner.query(`DELETE FROM analytics_keys WHERE series = 7`);
        await queryRunner.query(`DELETE FROM analytics_deltas WHERE series = 7`);
        await queryRunner.query(`ALTER TABLE pool_entries DROP COLUMN reason_code`);
    }

}
