import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DEFAULT_POOL_POLICY, type PoolPolicy, type Viewer } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeManagerViewer, makeUser } from '../support/factories';
import { unlikeCompanyNames, uploadCardFile, xlsxOf } from '../support/card-files';
import type { UserEntity } from '../../server/src/modules/org/user.entity';

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { id status } }`;
const COMMIT = `mutation($input: CommitImportInput!) { commitImport(input: $input) { id status destination { kind userIds strategy } choices { newRows } } }`;
const JOB = `query($id: ID!) { importJob(id: $id) {
  status doneRows totalRows finishedAt importStartedAt
  outcomeCounts { CREATED FILLED MERGED SKIPPED FAILED CANCELLED }
  rows(first: 100) { rowNumber class outcome outcomeReason customerId }
} }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { id companyName phone source tags owner { id } contacts { name phones } } }`;
const NOTIFICATIONS = `{ notifications { edges { kind readAt importJob { id status fileName outcomeCounts { CREATED } } } } }`;
const POOL_CUSTOMER = `query($id: ID!) { poolCustomer(id: $id) { id companyName source tags } }`;

type Row = { rowNumber: number; class: string; outcome: string | null; outcomeReason: string | null; customerId: string | null };

/**
 * Writing an import: every checked row ends in exactly one outcome, as the user chose per class;
 * customers come in with an IMPORTED event carrying the import, into the pool or to reps within
 * their caps; the same card never becomes two customers, whatever runs in between.
 */
describe('import write', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const users: Record<string, UserEntity> = {};
  const setPolicy = (changes: Partial<PoolPolicy>) =>
    t.server.services.policies.update({ userId: users.admin.id, role: 'ADMIN', departmentPath: null }, { ...DEFAULT_POOL_POLICY, ...changes });

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-07T09:00:00Z' });
    const east = await makeDepartment(t.dataSource, 'East China');
    const north = await makeDepartment(t.dataSource, 'North China');
    Object.assign(users, {
      manager: await makeUser(t.dataSource, { department: east, role: 'MANAGER', name: 'Mia Manager' }),
      zhang: await makeUser(t.dataSource, { department: east, name: 'Zhang Min' }),
      chen: await makeUser(t.dataSource, { department: east, name: 'Chen Jie' }),
      li: await makeUser(t.dataSource, { department: north, name: 'Li Wei' }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN' }),
    });
    for (const [who, user] of Object.entries(users)) tokens[who] = await loginAs(t.graphqlUrl, user);
    await createCustomerAs(t.graphqlUrl, tokens.li, { companyName: 'Harbor Textiles Ltd', phone: '+86 21 5555 0101' });
    const pooled = await createCustomerAs(t.graphqlUrl, tokens.li, { companyName: 'Delta Foods Co' });
    expect((await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id: pooled }, { token: tokens.li })).errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  const job = async (id: string, who = 'manager') => {
    const res = await gql(t.graphqlUrl, JOB, { id }, { token: tokens[who] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.importJob;
  };
  const checkedImport = async (rows: (string | number | null)[][], mapping: (string | null)[], who = 'manager', source: string | null = null) => {
    const up = await uploadCardFile(t.url, tokens[who], await xlsxOf(rows));
    expect(up.status).toBe(201);
    const id = up.body.id!;
    expect((await gql(t.graphqlUrl, START, { input: { id, mapping, source } }, { token: tokens[who] })).errors).toBeUndefined();
    await expect.poll(async () => (await job(id, who)).status, { timeout: 30_000, interval: 50 }).toBe('CHECKED');
    return id;
  };
  const commit = (id: string, destination: Record<string, unknown>, who = 'manager', choices = { newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' }) =>
    gql(t.graphqlUrl, COMMIT, { input: { id, choices, destination } }, { token: tokens[who] });
  const written = async (id: string, who = 'manager') => {
    await expect.poll(async () => (await job(id, who)).status, { timeout: 30_000, interval: 50 }).toBe('DONE');
    const done = await job(id, who);
    return { ...done, byRow: Object.fromEntries(done.rows.map((r: Row) => [r.rowNumber, r])) as Record<number, Row> };
  };
  const customer = async (id: string, who = 'manager') => (await gql(t.graphqlUrl, CUSTOMER, { id }, { token: tokens[who] })).data.customer;
  const resultFile = async (id: string, format: string, lang: string, token: string | null = tokens.manager) => {
    const res = await fetch(`${t.url}/api/imports/${id}/result?format=${format}&lang=${lang}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const resultSheet = async (id: string, format: string, lang: string) => {
    const file = await resultFile(id, format, lang);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => v ?? null)));
    return rows;
  };
  const cards = (names: string[]) => [['Company', 'Contact'], ...names.map((n, i) => [n, `Person ${i}`])];

  it('writes each row as chosen for its class into the pool, with the show as source and tag, and every row in one outcome', async () => {
    const id = await checkedImport(
      [
        ['公司名称', '联系人', '手机', '电话'],
        ['上海华泰纺织有限公司', '王芳', '138 0013 8000', null],
        ['Harbour Textiles Limited', 'Ann', null, '+86 21 5555 0101'],
        ['Delta Foods Co.', 'Bob', null, '+86 21 6666 0202'],
        ['上海华泰纺织 有限公司', '李强', '139 0013 9000', null],
        [null, 'Nameless', null, null],
      ],
      ['companyName', 'contactName', 'contactMobile', 'phone'],
      'manager',
      'Canton Fair 2026',
    );
    const committed = await commit(id, { kind: 'POOL', userIds: [] });
    expect(committed.errors).toBeUndefined();
    expect(committed.data.commitImport).toMatchObject({ status: 'IMPORTING', destination: { kind: 'POOL', userIds: [], strategy: null }, choices: { newRows: 'IMPORT' } });

    const done = await written(id);
    expect(done).toMatchObject({ doneRows: 5, totalRows: 5, outcomeCounts: { CREATED: 1, FILLED: 1, MERGED: 1, SKIPPED: 2, FAILED: 0, CANCELLED: 0 } });
    expect(done.finishedAt).not.toBeNull();
    const { byRow } = done;
    expect(byRow[2]).toMatchObject({ class: 'NEW', outcome: 'CREATED', outcomeReason: null });
    expect(byRow[3]).toMatchObject({ class: 'MATCHES_OWNED', outcome: 'SKIPPED', outcomeReason: 'OWNED_BY_SOMEONE', customerId: null });
    expect(byRow[4]).toMatchObject({ class: 'MATCHES_POOL', outcome: 'FILLED' });
    expect(byRow[5]).toMatchObject({ class: 'DUPLICATE_IN_FILE', outcome: 'MERGED', customerId: byRow[2].customerId });
    expect(byRow[6]).toMatchObject({ class: 'INVALID', outcome: 'SKIPPED', outcomeReason: 'INVALID_FIELDS' });

    // In the pool, no owner; both cards' contacts on the one customer.
    const inPool = async (id: string) => (await gql(t.graphqlUrl, POOL_CUSTOMER, { id }, { token: tokens.manager })).data.poolCustomer;
    expect(await inPool(byRow[2].customerId!)).toMatchObject({ companyName: '上海华泰纺织有限公司', source: 'Canton Fair 2026', tags: ['Canton Fair 2026'] });
    const contacts: { name: string }[] = await t.dataSource.query(`SELECT name FROM contacts WHERE customer_id = $1 ORDER BY name`, [Number(byRow[2].customerId)]);
    expect(contacts.map((c) => c.name).sort()).toEqual(['李强', '王芳'].sort());
    // The pool customer only gained the phone it lacked.
    expect(await inPool(byRow[4].customerId!)).toMatchObject({ companyName: 'Delta Foods Co' });
    const [filled] = await t.dataSource.query(`SELECT phone, email, website FROM customers WHERE id = $1`, [Number(byRow[4].customerId)]);
    expect(filled).toEqual({ phone: '+86 21 6666 0202', email: null, website: null });

    // The importer is the actor, never the owner; the event names the import and chains into the trail.
    const [event] = await t.dataSource.query(`SELECT kind, to_user_id AS "to", actor_id AS "actor", import_job_id AS "importId" FROM ownership_events WHERE customer_id = $1`, [
      Number(byRow[2].customerId),
    ]);
    expect(event).toEqual({ kind: 'IMPORTED', to: null, actor: users.manager.id, importId: Number(id) });
    const trail = await gql(t.graphqlUrl, 'query($id: ID) { verifyOwnershipTrail(customerId: $id) { intact events } }', { id: byRow[2].customerId }, { token: tokens.admin });
    expect(trail.data.verifyOwnershipTrail).toEqual({ intact: true, events: 1 });
    // Pool inflow counts it as imported (flow kind 5).
    const [{ n }] = await t.dataSource.query(`SELECT coalesce(sum(n), 0)::int AS n FROM pool_flow_hours WHERE kind = 5`);
    expect(n).toBeGreaterThanOrEqual(1);

    // The result file: the rows as uploaded, with what became of each and why, in xlsx and CSV, in the reader's language.
    const sheet = await resultSheet(id, 'xlsx', 'en');
    expect(sheet[0]).toEqual(['Row', '公司名称', '联系人', '手机', '电话', 'Outcome', 'Reason']);
    expect(sheet.slice(1).map((r) => [r[0], r[5]])).toEqual([
      [2, 'Created'],
      [3, 'Skipped'],
      [4, 'Blank fields filled'],
      [5, 'Contact added'],
      [6, 'Skipped'],
    ]);
    expect(sheet[2][6]).toBe('Already in Berth, owned by a colleague');
    expect(sheet[5][6]).toBe('A field is wrong; companyName: is required');
    const csv = await resultFile(id, 'csv', 'zh');
    expect(csv.type).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\ufeff行号,公司名称,联系人,手机,电话,结果,原因\r\n')).toBe(true);
    expect(text).toContain('2,上海华泰纺织有限公司,王芳,138 0013 8000,,已新建,\r\n');
    // Only those who may see the import get its file.
    expect((await resultFile(id, 'xlsx', 'en', tokens.li)).status).toBe(404);
    expect((await resultFile(id, 'xlsx', 'en', null)).status).toBe(401);
  });

  it("keeps the uploader's notification in step: filed when the write starts, raised unread when it ends, heard live", async () => {
    const news = subscribe(wsClient(t.wsUrl, tokens.chen), 'subscription { myCustomersChanged { kind customerIds } }');
    try {
      // Warm up until the stream hears what the server publishes.
      for (let warm = 1; !news.events.length; warm++) {
        if (warm > 50) throw new Error('the subscription never heard anything');
        await createCustomerAs(t.graphqlUrl, tokens.chen, { companyName: unlikeCompanyNames(1, 900 + warm)[0] });
        await news.until(() => news.events.length > 0, 200).catch(() => undefined);
      }
      const id = await checkedImport(cards(unlikeCompanyNames(3, 31)), ['companyName', 'contactName'], 'chen');
      expect((await commit(id, { kind: 'ONE_REP', userIds: [String(users.chen.id)] }, 'chen')).errors).toBeUndefined();
      await written(id, 'chen');
      await news.until(() => news.events.filter((e) => e.data.myCustomersChanged.kind === 'IMPORT_CHANGED').length >= 2, 15_000);
      const inbox = (await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens.chen })).data.notifications;
      const notice = inbox.edges.find((n: { kind: string }) => n.kind === 'IMPORT');
      expect(notice).toMatchObject({ readAt: null, importJob: { id, status: 'DONE', fileName: 'cards.xlsx', outcomeCounts: { CREATED: 3 } } });
      expect(inbox.edges.filter((n: { kind: string }) => n.kind === 'IMPORT')).toHaveLength(1);
    } finally {
      news.stop();
    }
  });

  it('imports nothing twice: the same file again, and two imports checked before either was written', async () => {
    const rows = cards(['Quay Rope Works', 'Jade Lantern Trading']);
    const first = await checkedImport(rows, ['companyName', 'contactName']);
    const second = await checkedImport(rows, ['companyName', 'contactName']);
    expect((await commit(first, { kind: 'POOL', userIds: [] })).errors).toBeUndefined();
    expect((await written(first)).outcomeCounts).toMatchObject({ CREATED: 2 });
    // Checked as new before the first was written: the write's own check finds what the first created.
    expect((await commit(second, { kind: 'POOL', userIds: [] })).errors).toBeUndefined();
    const again = await written(second);
    expect(again.outcomeCounts).toMatchObject({ CREATED: 0, SKIPPED: 2 });
    expect(again.rows.map((r: Row) => r.outcomeReason)).toEqual(['MATCHED_SINCE_CHECK', 'MATCHED_SINCE_CHECK']);
    // And a third upload of the same file sees them as pool customers from the start.
    const third = await checkedImport(rows, ['companyName', 'contactName']);
    expect((await commit(third, { kind: 'POOL', userIds: [] }, 'manager', { newRows: 'IMPORT', duplicateInFile: 'SKIP', matchesPool: 'SKIP' })).errors).toBeUndefined();
    const thirdDone = await written(third);
    expect(thirdDone.outcomeCounts).toMatchObject({ CREATED: 0, SKIPPED: 2 });
    expect(thirdDone.rows.map((r: Row) => [r.class, r.outcomeReason])).toEqual([
      ['MATCHES_POOL', 'SKIPPED_BY_CHOICE'],
      ['MATCHES_POOL', 'SKIPPED_BY_CHOICE'],
    ]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE company_name IN ('Quay Rope Works', 'Jade Lantern Trading')`);
    expect(n).toBe(2);
  });

  it('checks a new row again at the write against similar names saved since the check, as a save would', async () => {
    const first = await checkedImport(cards(['Kestrel Textile Limited']), ['companyName', 'contactName']);
    const second = await checkedImport(cards(['Kestrel Textil Co']), ['companyName', 'contactName']);
    expect((await commit(first, { kind: 'POOL', userIds: [] })).errors).toBeUndefined();
    expect((await written(first)).outcomeCounts).toMatchObject({ CREATED: 1 });
    // Not the same name, key or phone: only the similar-name rule says it is the same company.
    expect((await commit(second, { kind: 'POOL', userIds: [] })).errors).toBeUndefined();
    expect((await written(second)).rows.map((r: Row) => [r.class, r.outcome, r.outcomeReason])).toEqual([['NEW', 'SKIPPED', 'MATCHED_SINCE_CHECK']]);
  });

  it('spreads new customers over reps in turn across chunks, and stops at a rep’s holding cap', async () => {
    const names = unlikeCompanyNames(250, 7);
    const id = await checkedImport(cards(names), ['companyName', 'contactName']);
    const res = await commit(id, { kind: 'SPREAD', userIds: [String(users.zhang.id), String(users.chen.id)], strategy: 'ROUND_ROBIN' });
    expect(res.errors).toBeUndefined();
    const done = await written(id);
    expect(done.outcomeCounts).toMatchObject({ CREATED: 250 });
    // What the page shows of it: the reps by name, each row's customer as it stands, no pace once it is over.
    const shown = await gql(t.graphqlUrl, `query($id: ID!) { importJob(id: $id) { pace { rowsPerSecond } destination { users { name } } rows(first: 2) { customer { id companyName inPool owner { name } } } } }`, { id }, { token: tokens.manager });
    expect(shown.data.importJob).toEqual({
      pace: null,
      destination: { users: [{ name: 'Zhang Min' }, { name: 'Chen Jie' }] },
      rows: [
        { customer: { id: done.byRow[2].customerId, companyName: names[0], inPool: false, owner: { name: 'Zhang Min' } } },
        { customer: { id: done.byRow[3].customerId, companyName: names[1], inPool: false, owner: { name: 'Chen Jie' } } },
      ],
    });
    const owners: { owner: number }[] = await t.dataSource.query(
      `SELECT o.owner_id AS owner FROM import_rows r JOIN customer_ownership o ON o.customer_id = r.customer_id WHERE r.job_id = $1 ORDER BY r.row_number`,
      [Number(id)],
    );
    // Alternating from the first row to the last, across the chunk boundary at row 200.
    expect(owners.map((o) => o.owner)).toEqual(names.map((_, i) => (i % 2 === 0 ? users.zhang.id : users.chen.id)));

    // A rep imports to themselves, within their cap: the rows past it fail and say why.
    const [{ held }] = await t.dataSource.query(`SELECT count(*)::int AS held FROM customer_ownership WHERE owner_id = $1`, [users.zhang.id]);
    await setPolicy({ holdingCap: held + 1 });
    try {
      const own = await checkedImport(cards(['Capped One Ltd', 'Capped Two Ltd']), ['companyName', 'contactName'], 'zhang');
      expect((await commit(own, { kind: 'ONE_REP', userIds: [String(users.zhang.id)] }, 'zhang')).errors).toBeUndefined();
      const capped = await written(own, 'zhang');
      expect(capped.rows.map((r: Row) => [r.outcome, r.outcomeReason])).toEqual([
        ['CREATED', null],
        ['FAILED', 'HOLDING_CAP_REACHED'],
      ]);
      expect((await customer(capped.byRow[2].customerId!, 'zhang')).owner.id).toBe(String(users.zhang.id));
    } finally {
      await setPolicy({});
    }
  });

  it('refuses a commit that cannot be: not checked yet, a second time, a rep to the pool, a rep outside the team', async () => {
    const up = await uploadCardFile(t.url, tokens.zhang, await xlsxOf(cards(['Early Bird Ltd'])));
    expect(errorCode(await commit(up.body.id!, { kind: 'ONE_REP', userIds: [String(users.zhang.id)] }, 'zhang'))).toBe('IMPORT_NOT_CHECKED');

    const id = await checkedImport(cards(['Refusal Test Ltd']), ['companyName', 'contactName'], 'zhang');
    const toPool = await commit(id, { kind: 'POOL', userIds: [] }, 'zhang');
    expect(errorCode(toPool)).toBe('BAD_USER_INPUT');
    expect(toPool.errors?.[0].extensions?.fields).toMatchObject([{ field: 'destination.kind', rule: 'NOT_AN_OPTION' }]);
    expect(errorCode(await commit(id, { kind: 'ONE_REP', userIds: [String(users.chen.id)] }, 'zhang'))).toBe('BAD_USER_INPUT');

    const managers = await checkedImport(cards(['Outsider Test Ltd']), ['companyName', 'contactName']);
    const outside = await commit(managers, { kind: 'ONE_REP', userIds: [String(users.li.id)] });
    expect(outside.errors?.[0].extensions?.fields).toMatchObject([{ field: 'destination.userIds', rule: 'NOT_IN_YOUR_TEAM' }]);
    const spreadOfOne = await commit(managers, { kind: 'SPREAD', userIds: [String(users.zhang.id)], strategy: 'ROUND_ROBIN' });
    expect(spreadOfOne.errors?.[0].extensions?.fields).toMatchObject([{ field: 'destination.userIds', rule: 'COUNT_RANGE' }]);
    expect(errorCode(await commit(managers, { kind: 'ONE_REP', userIds: [String(users.zhang.id)] }, 'zhang'))).toBe('NOT_FOUND');

    expect((await commit(id, { kind: 'ONE_REP', userIds: [String(users.zhang.id)] }, 'zhang')).errors).toBeUndefined();
    expect(errorCode(await commit(id, { kind: 'ONE_REP', userIds: [String(users.zhang.id)] }, 'zhang'))).toBe('IMPORT_ALREADY_STARTED');
    await written(id, 'zhang');
  });
});

/** The write driven chunk by chunk (no job worker runs here), so a cancel lands between two chunks for sure. */
describe('import write, one chunk at a time', () => {
  let t: TestServer;
  let manager: Viewer;

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-07T09:00:00Z', config: { jobWorker: false } });
    manager = await makeManagerViewer(t.dataSource, 'East China');
  });
  afterAll(() => t.stop());

  it('cancels while writing: what is written stays, every row not reached ends CANCELLED, and the counts add up', async () => {
    const { imports, importReads, importChecks, importWrites } = t.server.services;
    const names = unlikeCompanyNames(600, 11);
    const uploaded = await imports.upload(manager, { fileName: 'cards.xlsx', bytes: await xlsxOf([['Company'], ...names.map((n) => [n])]) });
    await imports.start(manager, uploaded.id, { mapping: ['companyName'], source: null });
    await importChecks.read(uploaded.id);
    while (await importChecks.checkChunk(uploaded.id));
    await imports.commit(manager, uploaded.id, { choices: { newRows: 'IMPORT', duplicateInFile: 'SKIP', matchesPool: 'SKIP' }, destination: { kind: 'POOL', userIds: [], strategy: null } });
    expect(await importWrites.writeChunk(uploaded.id)).toBe(true);
    expect((await imports.cancel(manager, uploaded.id)).status).toBe('CANCELLED');
    // The next chunk's job, already queued, finds the import cancelled and writes nothing.
    expect(await importWrites.writeChunk(uploaded.id)).toBe(false);
    const after = await importReads.job(manager, uploaded.id);
    const counts = { ...after.outcomeCounts };
    expect(counts.CREATED).toBeGreaterThan(0);
    expect(counts.CREATED! + counts.CANCELLED!).toBe(600);
    expect(after.doneRows).toBe(600);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE company_name = ANY($1)`, [names]);
    expect(n).toBe(counts.CREATED);
  });
});
