import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';
import { unlikeCompanyNames, uploadCardFile, xlsxOf } from '../support/card-files';

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { id status source mapping } }`;
const JOB = `query($id: ID!, $class: ImportRowClass) { importJob(id: $id) {
  status checkedRows totalRows classCounts { NEW DUPLICATE_IN_FILE MATCHES_POOL MATCHES_OWNED INVALID }
  rows(class: $class) { rowNumber class earlierRow problems { field rule } match { verdict customer { id companyName inPool owner { name } protectedUntil } } }
} }`;

/**
 * The pre-check: every row of the file gets exactly one class by its row number, judged by the
 * same duplicate rules as a save and shown as a clash would show it to the uploader.
 */
describe('import pre-check', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-07T09:00:00Z' });
    const east = await makeDepartment(t.dataSource, 'East China');
    const north = await makeDepartment(t.dataSource, 'North China');
    const people = {
      importer: await makeUser(t.dataSource, { department: east, name: 'Zhang Min' }),
      other: await makeUser(t.dataSource, { department: north, name: 'Li Wei' }),
      otherRep: await makeUser(t.dataSource, { department: east }),
    };
    for (const [who, user] of Object.entries(people)) tokens[who] = await loginAs(t.graphqlUrl, user);
    await createCustomerAs(t.graphqlUrl, tokens.other, { companyName: 'Harbor Textiles Ltd', phone: '+86 21 5555 0101' });
    const pooled = await createCustomerAs(t.graphqlUrl, tokens.other, { companyName: 'Delta Foods Co' });
    const returned = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id: pooled }, { token: tokens.other });
    expect(returned.errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  const upload = async (rows: (string | number | null)[][], who = 'importer') => {
    const up = await uploadCardFile(t.url, tokens[who], await xlsxOf(rows));
    expect(up.status).toBe(201);
    return up.body.id!;
  };
  const checked = async (id: string, who = 'importer') => {
    await expect.poll(async () => (await gql(t.graphqlUrl, JOB, { id }, { token: tokens[who] })).data.importJob.status, { timeout: 30_000, interval: 50 }).toBe('CHECKED');
    return (await gql(t.graphqlUrl, JOB, { id }, { token: tokens[who] })).data.importJob;
  };

  it('classifies every row once: new, the same company earlier in the file, in the pool, owned by someone, invalid', async () => {
    const id = await upload([
      ['公司名称', '联系人', '电话', '邮箱'],
      ['上海华泰纺织有限公司', '王芳', '021 6666 0101', null],
      ['Harbour Textiles Limited', 'Ann', '+86 21 5555 0101', null],
      ['Delta Foods Co.', 'Bob', null, null],
      ['上海华泰纺织 有限公司', '王芳', null, null],
      [null, 'Nameless', null, null],
      ['Acme Trading', 'Cid', null, 'not-an-email'],
    ]);
    const started = await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName', 'contactName', 'phone', 'email'], source: ' Canton Fair 2026 ' } }, { token: tokens.importer });
    expect(started.errors).toBeUndefined();
    expect(started.data.startImport).toMatchObject({ status: 'CHECKING', source: 'Canton Fair 2026' });

    const job = await checked(id);
    expect(job).toMatchObject({ checkedRows: 6, totalRows: 6, classCounts: { NEW: 1, DUPLICATE_IN_FILE: 1, MATCHES_POOL: 1, MATCHES_OWNED: 1, INVALID: 2 } });
    const byRow = Object.fromEntries(job.rows.map((r: { rowNumber: number }) => [r.rowNumber, r]));
    expect(byRow[2]).toMatchObject({ class: 'NEW', match: null, problems: [] });
    // Someone else's customer: their name and the protection left, never an id the importer could open.
    expect(byRow[3]).toMatchObject({ class: 'MATCHES_OWNED', match: { customer: { id: null, companyName: 'Harbor Textiles Ltd', inPool: false, owner: { name: 'Li Wei' } } } });
    expect(byRow[3].match.customer.protectedUntil).not.toBeNull();
    expect(byRow[4]).toMatchObject({ class: 'MATCHES_POOL', match: { customer: { companyName: 'Delta Foods Co', inPool: true, owner: null } } });
    expect(byRow[4].match.customer.id).not.toBeNull();
    expect(byRow[5]).toMatchObject({ class: 'DUPLICATE_IN_FILE', earlierRow: 2 });
    expect(byRow[6]).toMatchObject({ class: 'INVALID', problems: [{ field: 'companyName', rule: 'REQUIRED' }] });
    expect(byRow[7]).toMatchObject({ class: 'INVALID', problems: [{ field: 'email', rule: 'INVALID_EMAIL' }] });

    const invalidOnly = (await gql(t.graphqlUrl, JOB, { id, class: 'INVALID' }, { token: tokens.importer })).data.importJob.rows;
    expect(invalidOnly.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([6, 7]);
  });

  it('groups a row with an earlier one of the file whose name is similar as a save would judge it, in the same chunk and across chunks', async () => {
    const filler = unlikeCompanyNames(440, 4).map((name) => [name, null]);
    const id = await upload([
      ['Company', 'Contact'],
      ['Harbour Textile Limited', 'Ann'],
      ['Harbour Textil Limited', 'Bob'],
      ...filler,
      ['Harbour Textiles Ltd.', 'Cid'],
      ['Orchid Valley Ceramics', 'Dee'],
    ]);
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName', 'contactName'] } }, { token: tokens.importer })).errors).toBeUndefined();
    await checked(id);
    const rows = async (rowClass: string) =>
      (await gql(t.graphqlUrl, JOB, { id, class: rowClass }, { token: tokens.importer })).data.importJob.rows.map((r: { rowNumber: number; earlierRow: number | null }) => [r.rowNumber, r.earlierRow]);
    // Row 3 in the first batch the classifier takes (400 rows), row 444 in the second: both the company of row 2.
    expect(await rows('DUPLICATE_IN_FILE')).toEqual([
      [3, 2],
      [444, 2],
    ]);
  });

  it('refuses a mapping without the company name, a second start, and anyone but the uploader', async () => {
    const id = await upload([['Company', 'Booth'], ['Acme', 'A-1']]);
    const start = (who: string, mapping: (string | null)[]) => gql(t.graphqlUrl, START, { input: { id, mapping } }, { token: tokens[who] });
    const noName = await start('importer', [null, 'tags']);
    expect(errorCode(noName)).toBe('BAD_USER_INPUT');
    expect(noName.errors?.[0].extensions?.fields).toMatchObject([{ field: 'mapping', rule: 'NEEDS_COMPANY_NAME' }]);
    expect(errorCode(await start('otherRep', ['companyName', null]))).toBe('NOT_FOUND');
    expect((await start('importer', ['companyName', 'tags'])).errors).toBeUndefined();
    expect(errorCode(await start('importer', ['companyName', 'tags']))).toBe('IMPORT_ALREADY_STARTED');
    await checked(id);
  });

  it("remembers what the uploader mapped differently and guesses it for their next file, not for others'", async () => {
    const first = await upload([['Company', 'Stand'], ['Acme Rope', 'B-2']]);
    expect((await gql(t.graphqlUrl, START, { input: { id: first, mapping: ['companyName', 'tags'] } }, { token: tokens.importer })).errors).toBeUndefined();
    const guess = async (who: string) => {
      const id = await upload([['Company', 'STAND'], ['Beta Rope', 'C-3']], who);
      return (await gql(t.graphqlUrl, 'query($id: ID!) { importJob(id: $id) { mapping } }', { id }, { token: tokens[who] })).data.importJob.mapping;
    };
    expect(await guess('importer')).toEqual(['companyName', 'tags']);
    expect(await guess('otherRep')).toEqual(['companyName', null]);
    await checked(first);
  });

  it('cancels while the rows are being checked: the chunk under way finishes, no later one starts, and it cannot be cancelled twice', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`Cancelled Cards ${i} Ltd`, null]);
    const id = await upload([['Company', 'Contact'], ...rows]);
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName', 'contactName'] } }, { token: tokens.importer })).errors).toBeUndefined();
    const cancel = () => gql(t.graphqlUrl, 'mutation($id: ID!) { cancelImport(id: $id) { status checkedRows } }', { id }, { token: tokens.importer });
    expect(errorCode(await gql(t.graphqlUrl, 'mutation($id: ID!) { cancelImport(id: $id) { status } }', { id }, { token: tokens.otherRep }))).toBe('NOT_FOUND');
    const cancelled = await cancel();
    expect(cancelled.data.cancelImport.status).toBe('CANCELLED');
    const queued = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE key IN ($1, $2)`, [`import_read:${id}`, `import_check:${id}`]))[0].n;
    await expect.poll(queued, { timeout: 30_000, interval: 50 }).toBe(0);
    const after = (await gql(t.graphqlUrl, JOB, { id }, { token: tokens.importer })).data.importJob;
    expect(after.status).toBe('CANCELLED');
    expect(after.checkedRows).toBeLessThan(1200);
    expect(errorCode(await cancel())).toBe('IMPORT_ALREADY_STARTED');
  });

  it('tells the uploader live how far the check is, up to CHECKED with the counts, and nobody outside their team', async () => {
    const id = await upload([['Company'], ...unlikeCompanyNames(450, 3).map((name) => [name])]);
    const query = 'subscription($id: ID!) { importProgress(id: $id) { id status totalRows checkedRows classCounts { NEW } errorCode } }';
    const mine = subscribe(wsClient(t.wsUrl, tokens.importer), query, { id });
    const theirs = subscribe(wsClient(t.wsUrl, tokens.otherRep), query, { id });
    // Until the subscription is in place, say where the import stands again (it changes nothing).
    for (let tries = 0; !mine.events.length; tries++) {
      if (tries > 100) throw new Error('importProgress never arrived');
      await t.server.services.importProgress.announce(Number(id));
      await mine.until(() => mine.events.length > 0, 100).catch(() => undefined);
    }
    expect(mine.events[0].data.importProgress).toMatchObject({ status: 'UPLOADED', totalRows: 450, checkedRows: 0 });
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName'] } }, { token: tokens.importer })).errors).toBeUndefined();
    await mine.until(() => mine.events.some((e) => e.data.importProgress.status === 'CHECKED'), 30_000);
    const seen = mine.events.map((e) => e.data.importProgress);
    expect(seen.at(-1)).toEqual({ id, status: 'CHECKED', totalRows: 450, checkedRows: 450, classCounts: { NEW: 450 }, errorCode: null });
    expect(seen.map((p) => p.checkedRows)).toEqual([...seen.map((p) => p.checkedRows)].sort((a, b) => a - b));
    expect(seen.filter((p) => p.status === 'CHECKING').length).toBeGreaterThanOrEqual(2);
    expect(theirs.events).toEqual([]);
    mine.stop();
    theirs.stop();
  });

  it('fails an import whose stored file cannot be read to the end, with the code, instead of retrying it', async () => {
    const id = await upload([['Company'], ['Damaged Later Ltd']]);
    // The file as the upload accepted it, then damaged in storage: an unclosed quote on its second line.
    await t.dataSource.query(`UPDATE import_files SET bytes = convert_to(E'Company\\r\\n"Damaged\\r\\nLater', 'UTF8') WHERE job_id = $1`, [id]);
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName'] } }, { token: tokens.importer })).errors).toBeUndefined();
    await expect
      .poll(async () => (await gql(t.graphqlUrl, 'query($id: ID!) { importJob(id: $id) { status errorCode } }', { id }, { token: tokens.importer })).data.importJob, { timeout: 30_000, interval: 50 })
      .toEqual({ status: 'FAILED', errorCode: 'FILE_UNREADABLE' });
  });

  it('names a region Berth does not know as wrong, and knows one however its case and width are written', async () => {
    await t.dataSource.query(`INSERT INTO regions (name) VALUES ('East China') ON CONFLICT DO NOTHING`);
    const id = await upload([['公司名称', '地区'], ['Known Region Textiles', 'ＥＡＳＴ china '], ['Unknown Region Textiles', '华东']]);
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping: ['companyName', 'region'] } }, { token: tokens.importer })).errors).toBeUndefined();
    const job = await checked(id);
    expect(job.rows.map((r: { class: string; problems: unknown[] }) => [r.class, r.problems])).toEqual([
      ['NEW', []],
      ['INVALID', [{ field: 'region', rule: 'UNKNOWN_REGION' }]],
    ]);
  });
});
