import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areCandidateCores, CORE_SIMILARITY, nameVariants, normalizeCompanyName, distinctiveNameOf, wordsPair } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The database finds similar-name candidates by berth_name_variants, the domain decides with
 * nameVariants (an import's rows, the evaluation): the two must be one function, or a name the
 * check would warn about in one place is silent in the other.
 */
describe('word variants in the database and in the domain', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const NAMES = ['', 'acme', 'xinkang', 'xinkangtai golden', 'acme acme trading', '鑫康', '鑫康科技集团', 'société générale', 'ünïcode wörds', 'a b c', 'mcdonalds', '株式会社トヨタ自動車'];

  it('gives every name the same variants', async () => {
    const rows: { name: string; variants: string[] }[] = await t.dataSource.query(
      `SELECT n AS name, berth_name_variants(n) AS variants FROM unnest($1::text[]) AS n`,
      [NAMES],
    );
    for (const { name, variants } of rows) expect([...variants].sort(), name).toEqual(nameVariants(name).sort());
  });

  it('pairs the words of two names alike', async () => {
    const pairs = [['harbour', 'harbor textiles'], ['november pool', 'amber pool'], ['acme acme', 'acme'], ['xinkang golden', 'golden xinkagn'], ['鑫康', '鑫康'], ['ball', 'pall'], ['a b', 'b c']];
    const rows: { a: string; b: string; paired: boolean }[] = await t.dataSource.query(
      `SELECT a, b, berth_words_pair(a, b) AS paired FROM unnest($1::text[], $2::text[]) AS p(a, b)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    for (const { a, b, paired } of rows) expect(paired, `${a} / ${b}`).toBe(wordsPair(a, b));
    expect(rows.filter((r) => r.paired)).toHaveLength(4);
  });

  it('finds through the index exactly the candidates the domain accepts', async () => {
    const stored = ['Xinkang Golden Software', 'Xinkagn Trading', 'Harbor Textiles Ltd', 'Ball Corporation', '上海鑫康科技有限公司', 'Acme Corp', 'Amber Pool Holdings'];
    const cores = stored.map((n) => distinctiveNameOf(normalizeCompanyName(n)));
    const searched = ['Xinkang Software', 'Harbour Textile Limited', 'Pall Corporation', '鑫康科技', 'Acne Corp', 'November Pool Holdings'];
    let found = 0;
    for (const name of searched) {
      const core = distinctiveNameOf(normalizeCompanyName(name));
      const [{ hits }] = await t.dataSource.query(
        `SELECT coalesce(array_agg(i ORDER BY i), '{}') AS hits FROM unnest($1::text[]) WITH ORDINALITY AS s(core, i)
          WHERE berth_name_variants(s.core) && berth_name_variants($2) AND berth_cores_alike(s.core, $2, $3)`,
        [cores, core, CORE_SIMILARITY],
      );
      const expected = cores.flatMap((c, i) => (areCandidateCores(core, c, CORE_SIMILARITY) ? [i + 1] : []));
      expect(hits.map(Number), name).toEqual(expected);
      found += expected.length;
    }
    // Xinkang finds both xinkang names, Harbour finds Harbor, 鑫康 finds 鑫康; Pall, Acne and November Pool (beside Amber Pool) find nothing.
    expect(found).toBe(4);
  });
});
