import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const REASSIGN = `mutation($input: ReassignCustomersInput!) { reassignCustomers(input: $input) { customerId ok code companyName assignee { name } } }`;
const RELEASE = `mutation($input: ReleaseCustomersInput!) { releaseCustomers(input: $input) { customerId ok code companyName previousOwner { name } } }`;
const NOTICES = `{ notifications(first: 20) { edges { kind ownership { customerCount by { name } receiver { name } customer { companyName } } } } }`;
const NEWS = 'subscription { myCustomersChanged { kind customerIds } }';

/**
 * A manager moves customers of the team between reps and back to the pool: per-customer results,
 * one ledger move each (TRANSFERRED, or a RETURNED event with a RELEASED pool entry), one counted
 * notice per person, live news for the reps concerned, and nothing outside the manager's reach.
 */
describe('reassignCustomers and releaseCustomers', () => {
  let t: TestServer;
  const users: Record<string, { id: number; email: string; name: string }> = {};
  const tokens: Record<string, string> = {};
  let seq = 0;

  const as = (who: string, query: string, variables: Record<string, unknown>) => gql(t.graphqlUrl, query, variables, { token: tokens[who] });
  const reassign = (input: Record<string, unknown>, who = 'manager') => as(who, REASSIGN, { input });
  const release = (input: Record<string, unknown>, who = 'manager') => as(who, RELEASE, { input });
  const ownerOf = async (id: string) => (await t.dataSource.query('SELECT owner_id FROM customer_ownership WHERE customer_id = $1', [id]))[0].owner_id as number | null;
  const customersOf = async (who: string, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await createCustomerAs(t.graphqlUrl, tokens[who], { companyName: `Moved ${++seq} Wharf ${crypto.randomUUID().slice(0, 6)}`, acknowledgeDuplicates: true }));
    return ids;
  };
  const setPolicy = (changes: Partial<PoolPolicy>) =>
    t.server.services.policies.update({ userId: users.admin.id, role: 'ADMIN', departmentPath: null }, { ...DEFAULT_POOL_POLICY, ...changes });

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const quay = await makeDepartment(t.dataSource, 'Quay', north);
    const made = {
      quayRep: await makeUser(t.dataSource, { department: quay, name: 'Quinn Quay' }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Nora Manager' }),
      rep1: await makeUser(t.dataSource, { department: north, name: 'Rep One' }),
      rep2: await makeUser(t.dataSource, { department: north, name: 'Rep Two' }),
      rep3: await makeUser(t.dataSource, { department: north, name: 'Rep Three' }),
      southRep: await makeUser(t.dataSource, { department: south, name: 'South Rep' }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN', name: 'Ada Admin' }),
    };
    for (const [who, user] of Object.entries(made)) {
      users[who] = user;
      tokens[who] = await loginAs(t.graphqlUrl, user);
    }
  });
  afterAll(() => t.stop());

  it('moves chosen customers from one rep to another with a TRANSFERRED event by the manager and one notice per rep', async () => {
    const ids = await customersOf('rep1', 3);
    const res = await reassign({ customerIds: ids, toUserIds: [users.rep2.id] });
    expect(res.errors).toBeUndefined();
    expect(res.data.reassignCustomers.map((r: { ok: boolean; assignee: { name: string } }) => [r.ok, r.assignee.name])).toEqual(ids.map(() => [true, 'Rep Two']));
    for (const id of ids) expect(await ownerOf(id)).toBe(users.rep2.id);
    const events = await t.dataSource.query(
      `SELECT kind, from_user_id AS "from", to_user_id AS "to", actor_id AS actor FROM ownership_events WHERE customer_id = ANY($1::int[]) AND kind <> 'CREATED'`,
      [ids],
    );
    expect(events).toEqual(ids.map(() => ({ kind: 'TRANSFERRED', from: users.rep1.id, to: users.rep2.id, actor: users.manager.id })));
    // Taken from a rep, not from the pool: the status stays and the customer is marked updated.
    const notices = async (who: string) => (await as(who, NOTICES, {})).data.notifications.edges.filter((n: { kind: string }) => n.kind !== 'CLASH');
    expect(await notices('rep2')).toEqual([{ kind: 'ASSIGNED', ownership: { customerCount: 3, by: { name: 'Nora Manager' }, receiver: null, customer: null } }]);
    expect(await notices('rep1')).toEqual([{ kind: 'REASSIGNED', ownership: { customerCount: 3, by: { name: 'Nora Manager' }, receiver: { name: 'Rep Two' }, customer: null } }]);
  });

  it('moves "all matching" a filter, spread by fewest held, and refuses a filter that matches nothing', async () => {
    const ids = await customersOf('rep3', 4);
    const res = await reassign({ filter: { ownerId: String(users.rep3.id) }, toUserIds: [users.rep1.id, users.rep2.id], strategy: 'ROUND_ROBIN' });
    expect(res.errors).toBeUndefined();
    expect(res.data.reassignCustomers.map((r: { customerId: string }) => r.customerId).sort()).toEqual([...ids].sort());
    expect(res.data.reassignCustomers.filter((r: { assignee: { name: string } }) => r.assignee.name === 'Rep One')).toHaveLength(2);
    for (const id of ids) expect(await ownerOf(id)).not.toBe(users.rep3.id);
    const none = await reassign({ filter: { ownerId: String(users.rep3.id) }, toUserIds: [users.rep1.id] });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].extensions!.fields).toEqual([{ field: 'filter', message: 'matches no customer', rule: 'MATCHES_NONE' }]);
  });

  it('keeps a manager inside their team and lets an admin move anywhere (North to South)', async () => {
    const [south] = await customersOf('southRep', 1);
    const [north] = await customersOf('rep1', 1);
    const hidden = await reassign({ customerIds: [south], toUserIds: [users.rep2.id] });
    expect(hidden.data.reassignCustomers).toEqual([{ customerId: south, ok: false, code: 'NOT_VISIBLE', companyName: null, assignee: null }]);
    expect(errorCode(await reassign({ customerIds: [north], toUserIds: [users.southRep.id] }))).toBe('BAD_USER_INPUT');
    expect(await ownerOf(north)).toBe(users.rep1.id);
    const byAdmin = await reassign({ customerIds: [north], toUserIds: [users.southRep.id] }, 'admin');
    expect(byAdmin.data.reassignCustomers[0]).toMatchObject({ ok: true, assignee: { name: 'South Rep' } });
    expect(await ownerOf(north)).toBe(users.southRep.id);
    expect(errorCode(await reassign({ customerIds: [north], toUserIds: [users.rep1.id] }, 'rep1'))).toBe('FORBIDDEN');
  });

  it('sends a manager\'s move to another department to a transfer request (NEEDS_APPROVAL); an admin moves it at once', async () => {
    const [id] = await customersOf('rep1', 1);
    const res = await reassign({ customerIds: [id], toUserIds: [users.quayRep.id] });
    expect(res.data.reassignCustomers).toEqual([{ customerId: id, ok: false, code: 'NEEDS_APPROVAL', companyName: expect.stringMatching(/^Moved/), assignee: null }]);
    expect(await ownerOf(id)).toBe(users.rep1.id);
    expect((await reassign({ customerIds: [id], toUserIds: [users.quayRep.id] }, 'admin')).data.reassignCustomers[0]).toMatchObject({ ok: true });
    expect(await ownerOf(id)).toBe(users.quayRep.id);
  });

  it('reports a receiver at the holding cap per customer and still moves the rest', async () => {
    const held = Number((await t.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id = $1', [users.rep3.id]))[0].n);
    await setPolicy({ holdingCap: held + 1 });
    try {
      const ids = await customersOf('rep1', 2);
      const res = await reassign({ customerIds: ids, toUserIds: [users.rep3.id] });
      expect(res.data.reassignCustomers.map((r: { ok: boolean; code: string | null }) => [r.ok, r.code])).toEqual([
        [true, null],
        [false, 'HOLDING_CAP_REACHED'],
      ]);
      expect(await ownerOf(ids[1])).toBe(users.rep1.id);
    } finally {
      await setPolicy({});
    }
  });

  it('releases to the pool with the note as its reason, tells the rep, and reports a customer already there', async () => {
    const ids = await customersOf('rep2', 2);
    const stream = subscribe<{ myCustomersChanged: { kind: string; customerIds: string[] } }>(wsClient(t.wsUrl, tokens.rep2), NEWS);
    try {
      // The subscription is live once it hears something; the rep's own edit is the cue.
      for (let round = 0; stream.events.length === 0; round++) {
        if (round === 50) throw new Error('subscription never became live');
        await as('rep2', 'mutation($id: ID!) { updateCustomer(id: $id, input: { tags: ["cue"] }) { customer { id } } }', { id: ids[0] });
        await stream.until(() => stream.events.length > 0, 100).catch(() => undefined);
      }
      const res = await release({ customerIds: ids, note: '  Left the company on Friday  ' });
      expect(res.errors).toBeUndefined();
      expect(res.data.releaseCustomers).toEqual(ids.map((customerId) => ({ customerId, ok: true, code: null, companyName: expect.stringMatching(/^Moved/), previousOwner: { name: 'Rep Two' } })));
      await stream.until(() => stream.events.some((e) => e.data!.myCustomersChanged.kind === 'RELEASED'));
      expect(stream.events.filter((e) => e.data!.myCustomersChanged.kind === 'RELEASED').flatMap((e) => e.data!.myCustomersChanged.customerIds).sort()).toEqual([...ids].sort());
    } finally {
      stream.stop();
    }
    for (const id of ids) expect(await ownerOf(id)).toBeNull();
    const entries = await t.dataSource.query(`SELECT kind, previous_owner_id AS "from", reason, reason_detail AS detail FROM pool_entries WHERE customer_id = ANY($1::int[])`, [ids]);
    expect(entries).toEqual(ids.map(() => ({ kind: 'RELEASED', from: users.rep2.id, reason: 'released: Left the company on Friday', detail: { kind: 'RELEASED', note: 'Left the company on Friday' } })));
    const events = await t.dataSource.query(`SELECT kind, actor_id AS actor FROM ownership_events WHERE customer_id = $1 ORDER BY id DESC LIMIT 1`, [ids[0]]);
    expect(events).toEqual([{ kind: 'RETURNED', actor: users.manager.id }]);
    const notices = (await as('rep2', NOTICES, {})).data.notifications.edges.filter((n: { kind: string }) => n.kind === 'RELEASED');
    expect(notices).toEqual([{ kind: 'RELEASED', ownership: { customerCount: 2, by: { name: 'Nora Manager' }, receiver: null, customer: null } }]);
    const again = await release({ customerIds: [ids[0]], note: 'twice' });
    expect(again.data.releaseCustomers[0]).toMatchObject({ ok: false, code: 'IN_POOL' });
  });

  it('refuses a release without a note, by a rep, or of another team\'s customer', async () => {
    const [mine] = await customersOf('rep1', 1);
    const [south] = await customersOf('southRep', 1);
    const blank = await release({ customerIds: [mine], note: '   ' });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions!.fields).toEqual([{ field: 'note', message: 'is required', rule: 'REQUIRED' }]);
    expect(errorCode(await release({ customerIds: [mine], note: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await release({ customerIds: [mine], note: 'mine' }, 'rep1'))).toBe('FORBIDDEN');
    expect((await release({ customerIds: [south], note: 'not mine' })).data.releaseCustomers[0]).toMatchObject({ ok: false, code: 'NOT_VISIBLE', companyName: null });
    expect(await ownerOf(mine)).toBe(users.rep1.id);
    expect(await ownerOf(south)).toBe(users.southRep.id);
  });

  it('racing reassignments, releases, returns and claims of the same customers leave one owner each and a trail that agrees', async () => {
    const ids = await customersOf('rep1', 24);
    const racers = [
      reassign({ customerIds: ids, toUserIds: [users.rep2.id, users.rep3.id], strategy: 'ROUND_ROBIN' }),
      release({ customerIds: ids.slice(0, 12), note: 'territory closed' }),
      ...ids.slice(6, 18).map((id) => as('rep1', 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id })),
      as('southRep', 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }', { ids }),
      release({ customerIds: ids.slice(12), note: 'second thoughts' }, 'admin'),
    ];
    // A return of a customer that already moved is refused as NOT_FOUND; nothing else fails.
    for (const res of await Promise.all(racers)) expect((res.errors ?? []).map((e) => e.extensions?.code)).toEqual(res.errors ? ['NOT_FOUND'] : []);
    // Replay each customer's trail: every move starts where the previous one ended, and the last ends with today's owner.
    const trail: { customerId: number; from: number | null; to: number | null }[] = await t.dataSource.query(
      `SELECT customer_id AS "customerId", from_user_id AS "from", to_user_id AS "to" FROM ownership_events WHERE customer_id = ANY($1::int[]) ORDER BY customer_id, id`,
      [ids],
    );
    const owners = new Map<number, number | null>((await t.dataSource.query('SELECT customer_id AS id, owner_id AS owner FROM customer_ownership WHERE customer_id = ANY($1::int[])', [ids])).map((r: { id: number; owner: number | null }) => [r.id, r.owner]));
    expect(owners.size).toBe(ids.length);
    for (const id of ids.map(Number)) {
      const moves = trail.filter((e) => e.customerId === id);
      for (let i = 1; i < moves.length; i++) expect(moves[i].from).toBe(moves[i - 1].to);
      expect(moves.at(-1)!.to).toBe(owners.get(id));
      // A customer in the pool has a pool entry for its latest arrival.
      if (owners.get(id) === null) expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM pool_entries WHERE customer_id = $1', [id]))[0].n)).toBeGreaterThan(0);
    }
  });
});
