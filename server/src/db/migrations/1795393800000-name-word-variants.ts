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
        // The domain's wordsPair: every word of the name with fewer (distinct) words comes within one
        // edit of a word of the other; with as many on both sides, either side's words may.
        await q(`
            CREATE FUNCTION berth_words_pair(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
              WITH wa AS (SELECT DISTINCT w FROM unnest(string_to_array(a, ' ')) AS w WHERE w <> ''),
                   wb AS (SELECT DISTINCT w FROM unnest(string_to_array(b, ' ')) AS w WHERE w <> ''),
                   n AS (SELECT (SELECT count(*) FROM wa) AS na, (SELECT count(*) FROM wb) AS nb),
                   a_pairs AS (SELECT (SELECT count(*) FROM wa) > 0 AND NOT EXISTS (SELECT 1 FROM wa WHERE NOT (berth_name_variants(wa.w) && berth_name_variants(b))) AS ok),
                   b_pairs AS (SELECT (SELECT count(*) FROM wb) > 0 AND NOT EXISTS (SELECT 1 FROM wb WHERE NOT (berth_name_variants(wb.w) && berth_name_variants(a))) AS ok)
              SELECT CASE WHEN n.na < n.nb THEN a_pairs.ok WHEN n.nb < n.na THEN b_pairs.ok ELSE a_pairs.ok OR b_pairs.ok END
                FROM n, a_pairs, b_pairs
            $$`);
        // The rest of the domain's areCandidateCores, once the index found a shared variant: every word
        // paired, or the names at least `bar` alike by trigrams. One place for the three searches; not
        // STRICT, so the planner inlines it into each query as the expression it is.
        await q(`
            CREATE FUNCTION berth_cores_alike(a text, b text, bar real) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT similarity(a, b) >= bar OR berth_words_pair(a, b)
            $$`);
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
        await q(`DROP FUNCTION berth_cores_alike(text, text, real)`);
        await q(`DROP FUNCTION berth_words_pair(text, text)`);
        await q(`DROP FUNCTION berth_name_variants(text)`);
    }
}
