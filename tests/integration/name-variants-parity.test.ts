import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSimilarNameCandidate, nameVariants, normalizeCompanyName, distinctiveNameOf } from '@berth/domain';
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

  it('finds through the index exactly the candidates the domain accepts', async () => {
    const stored = ['Xinkang Golden Software', 'Xinkagn Trading', 'Harbor Textiles Ltd', 'Ball Corporation', '上海鑫康科技有限公司', 'Acme Corp'];
    const cores = stored.map((n) => distinctiveNameOf(normalizeCompanyName(n)));
    const searched = ['Xinkang Software', 'Harbour Textile Limited', 'Pall Corporation', '鑫康科技', 'Acne Corp'];
    let found = 0;
    for (const name of searched) {
      const key = normalizeCompanyName(name);
      const core = distinctiveNameOf(key);
      const [{ hits }] = await t.dataSource.query(
        `SELECT coalesce(array_agg(i ORDER BY i), '{}') AS hits FROM unnest($1::text[]) WITH ORDINALITY AS s(core, i)
          WHERE berth_name_variants(s.core) && berth_name_variants($2)`,
        [cores, core],
      );
      const expected = stored.flatMap((n, i) => (isSimilarNameCandidate(key, normalizeCompanyName(n), 0) ? [i + 1] : []));
      expect(hits.map(Number), name).toEqual(expected);
      found += expected.length;
    }
    // Xinkang finds both xinkang names, Harbour finds Harbor, 鑫康 finds 鑫康; Pall and Acne find nothing.
    expect(found).toBe(4);
  });
});
