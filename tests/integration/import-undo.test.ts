import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { loginAs, makeDepartment, makeUser } from '../support/factories';
import { unlikeCompanyNames, uploadCardFile, xlsxOf } from '../support/card-files';
import type { UserEntity } from '../../server/src/modules/org/user.entity';

const JOB = `query($id: ID!) { importJob(id: $id) {
  status undoneAt undoCounts { removed kept } outcomeCounts { CREATED }
  rows(first: 100) { rowNumber outcome customerId undo }
} }`;
const UNDO = `mutation($id: ID!) { undoImport(id: $id) { status } }`;

type Row = { rowNumber: number; outcome: string; customerId: string; undo: string | null };

/**
 * Undoing an import within a day: the customers it created that nobody touched since go (the
 * database checks their trail is the import's one event), the others stay and say why, and
 * nothing else the import did, nor anyone's work, is lost.
 */
describe('import undo', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const users: Record<string, UserEntity> = {};

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-07T09:00:00Z' });
    const east = await makeDepartment(t.dataSource, 'East China');
    Object.assign(users, {
      manager: await makeUser(t.dataSource, { department: east, role: 'MANAGER', name: 'Mia Manager' }),
      zhang: await makeUser(t.dataSource, { department: east, name: 'Zhang Min' }),
      chen: await makeUser(t.dataSource, { department: east, name: 'Chen Jie' }),
    });
    for (const [who, user] of Object.entries(users)) tokens[who] = await loginAs(t.graphqlUrl, user);
  });
  afterAll(() => t.stop());

  const ask = async (query: string, variables: Record<string, unknown>, who: string) => {
    const res = await gql(t.graphqlUrl, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const job = async (id: string) => (await ask(JOB, { id }, 'manager')).importJob;
  const imported = async (names: string[], destination: Record<string, unknown>) => {
    const up = await uploadCardFile(t.url, tokens.manager, await xlsxOf([['Company', 'Contact'], ...names.map((n, i) => [n, `Person ${i}`])]));
    const id = up.body.id!;
    await ask(`mutation($input: StartImportInput!) { startImport(input: $input) { id } }`, { input: { id, mapping: ['companyName', 'contactName'], source: 'Undo Fair' } }, 'manager');
    await expect.poll(async () => (await job(id)).status, { timeout: 30_000, interval: 50 }).toBe('CHECKED');
    await ask(
      `mutation($input: CommitImportInput!) { commitImport(input: $input) { id } }`,
      { input: { id, choices: { newRows: 'IMPORT', duplicateInFile: 'SKIP', matchesPool: 'SKIP' }, destination } },
      'manager',
    );
    await expect.poll(async () => (await job(id)).status, { timeout: 30_000, interval: 50 }).toBe('DONE');
    return { id, rows: (await job(id)).rows as Row[] };
  };
  const undone = async (id: string) => {
    expect((await ask(UNDO, { id }, 'manager')).undoImport.status).toBe('UNDOING');
    await expect.poll(async () => (await job(id)).status, { timeout: 30_000, interval: 50 }).toBe('UNDONE');
    return job(id);
  };
  const exists = async (customerId: string) => (await t.dataSource.query('SELECT 1 FROM customers WHERE id = $1', [Number(customerId)])).length === 1;
  const flows = async () => (await t.dataSource.query(`SELECT coalesce(sum(n), 0)::int AS n FROM pool_flow_hours WHERE kind = 5`))[0].n as number;

  it("removes the untouched customers and keeps the ones someone worked on, saying why", async () => {
    const names = unlikeCompanyNames(4, 21);
    const { id, rows } = await imported(names, { kind: 'ONE_REP', userIds: [String(users.zhang.id)] });
    const [untouched, followedUp, edited, returned] = rows.map((r) => r.customerId);
    // Offered for 24 hours after the end, by the server's clock.
    const offer = (await ask(`query($id: ID!) { importJob(id: $id) { finishedAt undoableUntil } }`, { id }, 'manager')).importJob;
    expect(new Date(offer.undoableUntil).getTime() - new Date(offer.finishedAt).getTime()).toBe(24 * 3_600_000);
    await ask(`mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id } } }`, { input: { customerId: followedUp, type: 'CALL', content: 'Met at the booth' } }, 'zhang');
    await ask(`mutation($id: ID!) { updateCustomer(id: $id, input: { industry: "Textiles" }) { customer { id } } }`, { id: edited }, 'zhang');
    await ask(`mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }`, { id: returned }, 'zhang');

    const after = await undone(id);
    expect(after.undoCounts).toEqual({ removed: 1, kept: 3 });
    expect(after.undoneAt).not.toBeNull();
    expect(after.rows.map((r: Row) => r.undo)).toEqual(['REMOVED', 'FOLLOWED_UP', 'CHANGED_SINCE', 'MOVED_SINCE']);
    const keptFor = async (undo: string[]) =>
      (await ask(`query($id: ID!, $undo: [ImportUndoResult!]) { importJob(id: $id) { undoableUntil rows(undo: $undo) { rowNumber } } }`, { id, undo }, 'manager')).importJob;
    expect(await keptFor(['FOLLOWED_UP'])).toEqual({ undoableUntil: null, rows: [{ rowNumber: 3 }] });
    // Every kept row at once, as the page lists them.
    expect((await keptFor(['MOVED_SINCE', 'FOLLOWED_UP', 'CHANGED_SINCE'])).rows).toEqual([{ rowNumber: 3 }, { rowNumber: 4 }, { rowNumber: 5 }]);
    expect(await exists(untouched)).toBe(false);
    for (const kept of [followedUp, edited, returned]) expect(await exists(kept)).toBe(true);
    // The kept customers' chains are whole: the undo removed rows of other customers only.
    const [{ broken }] = await t.dataSource.query(
      `SELECT count(*)::int AS broken FROM (SELECT e.hash, berth_ownership_event_hash(lag(e.hash) OVER (PARTITION BY e.customer_id ORDER BY e.id), e) AS expected
         FROM ownership_events e WHERE e.customer_id = ANY($1::int[])) x WHERE x.hash <> x.expected`,
      [[followedUp, edited, returned].map(Number)],
    );
    expect(broken).toBe(0);

    // The removed card can come in again: its keys and word counts went with it.
    const again = await imported([names[0]], { kind: 'POOL', userIds: [] });
    expect(again.rows.map((r) => r.outcome)).toEqual(['CREATED']);
  });

  it('takes an undone pool import out of the inflow counts, and keeps a claimed customer', async () => {
    const before = await flows();
    const { id, rows } = await imported(unlikeCompanyNames(3, 22), { kind: 'POOL', userIds: [] });
    expect(await flows()).toBe(before + 3);
    const claimed = await ask(`mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }`, { ids: [rows[2].customerId] }, 'chen');
    expect(claimed.claimCustomers).toEqual([{ ok: true }]);

    const after = await undone(id);
    expect(after.undoCounts).toEqual({ removed: 2, kept: 1 });
    expect(after.rows.map((r: Row) => r.undo)).toEqual(['REMOVED', 'REMOVED', 'MOVED_SINCE']);
    expect(await flows()).toBe(before + 1);
  });

  it('refuses an undo that cannot be: not finished, by someone else, twice, after a day', async () => {
    const up = await uploadCardFile(t.url, tokens.manager, await xlsxOf([['Company'], ['Never Written Ltd']]));
    expect(errorCode(await gql(t.graphqlUrl, UNDO, { id: up.body.id }, { token: tokens.manager }))).toBe('IMPORT_NOT_FINISHED');

    const { id } = await imported(unlikeCompanyNames(1, 23), { kind: 'POOL', userIds: [] });
    expect(errorCode(await gql(t.graphqlUrl, UNDO, { id }, { token: tokens.zhang }))).toBe('NOT_FOUND');
    t.clock.advance(24 * 3_600_000 + 1);
    try {
      expect(errorCode(await gql(t.graphqlUrl, UNDO, { id }, { token: tokens.manager }))).toBe('UNDO_WINDOW_PASSED');
    } finally {
      t.clock.advance(-(24 * 3_600_000 + 1));
    }
    await undone(id);
    expect(errorCode(await gql(t.graphqlUrl, UNDO, { id }, { token: tokens.manager }))).toBe('IMPORT_NOT_FINISHED');
  });

  it('the database refuses to remove a customer whose trail is more than its import', async () => {
    const { id, rows } = await imported(unlikeCompanyNames(1, 24), { kind: 'POOL', userIds: [] });
    await ask(`mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }`, { ids: [rows[0].customerId] }, 'chen');
    const [{ removed }] = await t.dataSource.query('SELECT berth_remove_imported_customer($1, $2) AS removed', [Number(rows[0].customerId), Number(id)]);
    expect(removed).toBe(false);
    await expect(t.dataSource.query('DELETE FROM ownership_events WHERE customer_id = $1', [Number(rows[0].customerId)])).rejects.toThrow(/append-only/);
    expect(await exists(rows[0].customerId)).toBe(true);
  });
});
