import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An import's rows are judged against Berth ahead of their classifying, by more than one worker at
 * once: a row says whether it was (rows already classified were). The rows of the file are
 * compared with the classified rows before them only, so the indexes of their keys and name
 * variants hold classified rows only: judging a row ahead writes no entry into them, and a lookup
 * does not meet the rows judged ahead of the classifying.
 */
export class ImportRowsJudged1795394000000 implements MigrationInterface {
    name = 'ImportRowsJudged1795394000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`ALTER TABLE "import_rows" ADD "judged" boolean NOT NULL DEFAULT false`);
        await q(`UPDATE "import_rows" SET "judged" = true WHERE "class" IS NOT NULL`);
        await q(`DROP INDEX "idx_import_rows_file_keys"`);
        await q(`CREATE INDEX "idx_import_rows_file_keys" ON "import_rows" USING gin ("file_keys") WITH (fastupdate = off) WHERE "class" IS NOT NULL`);
        await q(`DROP INDEX "idx_import_rows_name_variants"`);
        await q(`CREATE INDEX "idx_import_rows_name_variants" ON "import_rows" USING gin (berth_name_variants("name_core")) WITH (fastupdate = off) WHERE "class" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`DROP INDEX "idx_import_rows_name_variants"`);
        await q(`CREATE INDEX "idx_import_rows_name_variants" ON "import_rows" USING gin (berth_name_variants("name_core")) WITH (fastupdate = off)`);
        await q(`DROP INDEX "idx_import_rows_file_keys"`);
        await q(`CREATE INDEX "idx_import_rows_file_keys" ON "import_rows" USING gin ("file_keys") WITH (fastupdate = off)`);
        await q(`ALTER TABLE "import_rows" DROP COLUMN "judged"`);
    }
}
