import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Similar names are looked up by the variants of their distinctive words (each word, and each
 * word of five letters or more with one letter left out: the domain's nameVariants), through a
 * GIN index of those variants, instead of through trigrams. A lookup reads a few short lists of
 * exact strings where the trigram index read the long lists every name shares ("ang", "tai").
 * The trigram indexes on the distinctive names go; the full keys' similarity still decides.
 */
export class NameWordVariants1795393800000 implements MigrationInterface {
    name = 'NameWordVariants1795393800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        // Must stay the same function as the domain's nameVariants (a parity test holds them together).
        // Its cost says what it is: splitting and rebuilding words, far dearer than a comparison, so
        // the planner reads the index instead of computing it for every row of a small table.
        await q(`
            CREATE FUNCTION berth_name_variants(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
              SELECT coalesce(array_agg(DISTINCT v), '{}') FROM (
                SELECT w AS v FROM unnest(string_to_array(name, ' ')) AS w WHERE w <> ''
                UNION
                SELECT substr(w, 1, i - 1) || substr(w, i + 1)
                  FROM unnest(string_to_array(name, ' ')) AS w, generate_series(1, char_length(w)) AS i
                 WHERE char_length(w) >= 5
              ) x
            $$`);
        // fastupdate off: new entries go straight into the index. With the default pending list, every
        // lookup also scanned all entries written since the last vacuum — an import's own rows while
        // its check ran (6 ms a lookup at 2,000 rows), and the customers an import had just written.
        await q(`CREATE INDEX "idx_customers_name_variants" ON "customers" USING gin (berth_name_variants("name_core")) WITH (fastupdate = off)`);
        await q(`DROP INDEX "public"."idx_customers_name_core_trgm"`);
        await q(`CREATE INDEX "idx_import_rows_name_variants" ON "import_rows" USING gin (berth_name_variants("name_core")) WITH (fastupdate = off)`);
        await q(`DROP INDEX "public"."idx_import_rows_name_core_trgm"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const q = (sql: string) => queryRunner.query(sql);
        await q(`CREATE INDEX "idx_import_rows_name_core_trgm" ON "import_rows" USING gin ("name_core" gin_trgm_ops)`);
        await q(`DROP INDEX "public"."idx_import_rows_name_variants"`);
        await q(`CREATE INDEX "idx_customers_name_core_trgm" ON "customers" USING GIN ("name_core" gin_trgm_ops)`);
        await q(`DROP INDEX "public"."idx_customers_name_variants"`);
        await q(`DROP FUNCTION berth_name_variants(text)`);
    }
}
