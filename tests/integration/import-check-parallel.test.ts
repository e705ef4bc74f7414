import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { makeManagerViewer } from '../support/factories';
import { unlikeCompanyNames, xlsxOf } from '../support/card-files';

/**
 * Rows are judged against Berth by several workers at once, in whatever order they take them, and
 * classified in file order by one chain. Driven by hand here (no job worker runs), so the steps
 * interleave as two workers and the chain would.
 */
describe('import pre-check on several workers', () => {
  let t: TestServer;
  let manager: Viewer;

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-07T09:00:00Z', config: { jobWorker: false } });
    manager = await makeManagerViewer(t.dataSource, 'East China');
  });
  afterAll(() => t.stop());

  /** 900 cards, some the company of an earlier card again, across every chunk's boundary: exactly, or with the last letter of the name left out. */
  const cards = () => {
    const names: (string | null)[] = unlikeCompanyNames(900, 31);
    const typo = (name: string | null) => name!.replace(/(\w+)\w( Ltd)$/, '$1$2');
    names[250] = typo(names[10]);
    names[450] = names[5];
    names[620] = typo(names[449]);
    names[801] = names[250];
    names[300] = null;
    return [['Company', 'Contact'], ...names.map((n, i) => [n, `Visitor ${i}`])];
  };
  const started = async () => {
    const { imports, importChecks } = t.server.services;
    const uploaded = await imports.upload(manager, { fileName: 'cards.xlsx', bytes: await xlsxOf(cards()) });
    await imports.start(manager, uploaded.id, { mapping: ['companyName', 'contactName'], source: null });
    await importChecks.read(uploaded.id);
    return uploaded.id;
  };
  const classes = async (id: number) =>
    (await t.dataSource.query(`SELECT row_number AS "row", class, earlier_row AS "earlier" FROM import_rows WHERE job_id = $1 ORDER BY row_number`, [id])) as { row: number; class: string; earlier: number | null }[];
  const drain = async (step: () => Promise<boolean>) => {
    while (await step());
  };

  it('classifies every row as one chain alone would, whichever worker judged it', async () => {
    const { importChecks } = t.server.services;
    const alone = await started();
    await drain(() => importChecks.checkChunk(alone));

    const shared = await started();
    // Two workers judging at once take different rows.
    await Promise.all([importChecks.judgeAhead(shared), importChecks.judgeAhead(shared)]);
    const [{ judged }] = await t.dataSource.query(`SELECT count(*)::int AS judged FROM import_rows WHERE job_id = $1 AND judged`, [shared]);
    expect(judged).toBe(400);
    await Promise.all([drain(() => importChecks.judgeAhead(shared)), drain(() => importChecks.judgeAhead(shared)), drain(() => importChecks.checkChunk(shared))]);

    const expected = await classes(alone);
    expect(expected.filter((r) => r.class !== 'NEW')).toEqual([
      { row: 252, class: 'DUPLICATE_IN_FILE', earlier: 12 },
      { row: 302, class: 'INVALID', earlier: null },
      { row: 452, class: 'DUPLICATE_IN_FILE', earlier: 7 },
      { row: 622, class: 'DUPLICATE_IN_FILE', earlier: 451 },
      { row: 803, class: 'DUPLICATE_IN_FILE', earlier: 12 },
    ]);
    expect(await classes(shared)).toEqual(expected);
    const job = await t.server.services.importReads.job(manager, shared);
    expect(job).toMatchObject({ status: 'CHECKED', checkedRows: 900, classCounts: { NEW: 895, DUPLICATE_IN_FILE: 4, INVALID: 1 } });
  });
});
