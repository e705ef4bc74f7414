import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const ASSIGN = `mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { customerId ok code message companyName assignee { name } } }`;
const CLAIM = 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { customerId ok code } }';

/** Managers assign pool customers and transfer their team's, within caps, each customer answered. */
describe('assignCustomers', () => {
  let t: TestServer;
  const users: Record<string, { id: number; email: string; name: string }> = {};
  const tokens: Record<string, string> = {};
  let poolSeq = 0;

  const assign = (input: Record<string, unknown>, who = 'manager') => gql(t.graphqlUrl, ASSIGN, { input }, { token: tokens[who] });
  const ownerOf = async (id: string | number) => (await t.dataSource.query('SELECT owner_id FROM customer_ownership WHERE customer_id = $1', [id]))[0].owner_id;
  const holdings = async (who: string) => (await t.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id = $1', [users[who].id]))[0].n;
  const setPolicy = (changes: Partial<PoolPolicy>) =>
    t.server.services.policies.update({ userId: users.admin.id, role: 'ADMIN', departmentPath: null }, { ...DEFAULT_POOL_POLICY, ...changes });

  /** Pool customers as they usually arrive: a rep of another team gives them back. */
  async function poolCustomers(count: number, extra: Record<string, unknown> = {}): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = await createCustomerAs(t.graphqlUrl, tokens.southRep, { companyName: `Pooled ${++poolSeq} Quay ${crypto.randomUUID().slice(0, 6)}`, acknowledgeDuplicates: true, ...extra });
      const res = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "WRONG_REGION") }', { id }, { token: tokens.southRep });
      expect(res.errors).toBeUndefined();
      ids.push(id);
    }
    return ids;
  }

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const made = {
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Nora Manager' }),
      rep1: await makeUser(t.dataSource, { department: north, name: 'Rep One' }),
      rep2: await makeUser(t.dataSource, { department: north, name: 'Rep Two' }),
      gone: await makeUser(t.dataSource, { department: north, name: 'Gone Rep', disabled: true }),
      southRep: await makeUser(t.dataSource, { department: south, name: 'South Rep' }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN' }),
    };
    for (const [who, user] of Object.entries(made)) {
      users[who] = user;
      if (!user.disabled) tokens[who] = await loginAs(t.graphqlUrl, user);
    }
  });
  afterAll(() => t.stop());

  it('is for managers and admins only', async () => {
    const [id] = await poolCustomers(1);
    expect(errorCode(await assign({ customerIds: [id], toUserIds: [users.rep1.id] }, 'rep1'))).toBe('FORBIDDEN');
    expect(await ownerOf(id)).toBeNull();
  });

  it('refuses a disabled rep or one outside the manager\'s team as a whole, naming the field (and nobody outside the team)', async () => {
    const [id] = await poolCustomers(1);
    const refusal = async (target: number) => {
      const res = await assign({ customerIds: [id], toUserIds: [users.rep1.id, target] });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields;
    };
    expect(await refusal(users.gone.id)).toEqual([{ field: 'toUserIds', message: 'names Gone Rep, who is disabled and cannot hold customers', rule: 'REP_DISABLED', params: { name: 'Gone Rep' } }]);
    // Someone outside the team reads exactly like an id nobody has.
    expect(await refusal(users.southRep.id)).toEqual([{ field: 'toUserIds', message: `user ${users.southRep.id} is not in your team`, rule: 'NOT_IN_YOUR_TEAM', params: { id: String(users.southRep.id) } }]);
    expect(await refusal(2_000_000_000)).toEqual([{ field: 'toUserIds', message: 'user 2000000000 is not in your team', rule: 'NOT_IN_YOUR_TEAM', params: { id: '2000000000' } }]);
    expect(errorCode(await assign({ toUserIds: [users.rep1.id] }))).toBe('BAD_USER_INPUT');
    expect(await ownerOf(id)).toBeNull();
  });

  it('gives pool customers to one rep with a fresh protection period and an ASSIGNED event by the manager', async () => {
    const ids = await poolCustomers(2);
    const res = await assign({ customerIds: ids, toUserIds: [users.rep1.id] });
    expect(res.data.assignCustomers).toEqual(
      ids.map((customerId) => ({ customerId, ok: true, code: null, message: null, companyName: expect.stringMatching(/^Pooled \d+ Quay/), assignee: { name: 'Rep One' } })),
    );
    const [event] = await t.dataSource.query('SELECT kind, from_user_id, to_user_id, actor_id FROM ownership_events WHERE customer_id = $1 ORDER BY id DESC LIMIT 1', [ids[0]]);
    expect(event).toEqual({ kind: 'ASSIGNED', from_user_id: null, to_user_id: users.rep1.id, actor_id: users.manager.id });
    const [row] = await t.dataSource.query('SELECT owned_since, protected_until FROM customer_ownership WHERE customer_id = $1', [ids[0]]);
    expect(row.protected_until.getTime() - row.owned_since.getTime()).toBe(30 * 86_400_000);
  });

  it('spreads round-robin in the order given, or to whoever holds fewest', async () => {
    const rr = await poolCustomers(4);
    const turns = await assign({ customerIds: rr, toUserIds: [users.rep2.id, users.rep1.id], strategy: 'ROUND_ROBIN' });
    expect(turns.data.assignCustomers.map((r: any) => r.assignee.name)).toEqual(['Rep Two', 'Rep One', 'Rep Two', 'Rep One']);
    // Now rep1 holds 4 and rep2 holds 2: the next three all go to rep2 until they draw level.
    const fewest = await poolCustomers(3);
    const spread = await assign({ customerIds: fewest, toUserIds: [users.rep1.id, users.rep2.id], strategy: 'FEWEST_HELD_FIRST' });
    expect(spread.data.assignCustomers.map((r: any) => r.assignee.name)).toEqual(['Rep Two', 'Rep Two', 'Rep One']);
  });

  it('stops at the holding cap, answering each customer, and assigns the rest', async () => {
    await setPolicy({ holdingCap: (await holdings('rep2')) + 1 });
    const ids = await poolCustomers(3);
    const res = await assign({ customerIds: ids, toUserIds: [users.rep2.id] });
    expect(res.data.assignCustomers.map((r: any) => r.code)).toEqual([null, 'HOLDING_CAP_REACHED', 'HOLDING_CAP_REACHED']);
    expect(await ownerOf(ids[1])).toBeNull();
    await setPolicy({});
  });

  it('transfers within the team (TRANSFERRED), and treats other teams\' customers and bad ids as not found', async () => {
    const mine = await createCustomerAs(t.graphqlUrl, tokens.rep1, { companyName: 'Handover Shipping AB' });
    const theirs = await createCustomerAs(t.graphqlUrl, tokens.southRep, { companyName: 'Southern Keel Oy' });
    const res = await assign({ customerIds: [mine, theirs, 'not-an-id'], toUserIds: [users.rep2.id] });
    expect(res.data.assignCustomers.map((r: any) => [r.customerId, r.ok, r.code, r.companyName])).toEqual([
      [mine, true, null, 'Handover Shipping AB'],
      [theirs, false, 'NOT_VISIBLE', null], // another team's customer: not even its name
      ['not-an-id', false, 'NOT_VISIBLE', null],
    ]);
    const [event] = await t.dataSource.query('SELECT kind, from_user_id, to_user_id FROM ownership_events WHERE customer_id = $1 ORDER BY id DESC LIMIT 1', [mine]);
    expect(event).toEqual({ kind: 'TRANSFERRED', from_user_id: users.rep1.id, to_user_id: users.rep2.id });
    expect(await ownerOf(theirs)).toBe(users.southRep.id);
    const again = await assign({ customerIds: [mine], toUserIds: [users.rep2.id] });
    expect(again.data.assignCustomers[0].code).toBe('ALREADY_OWNED');
  });

  it('assigns every pool customer matching a filter', async () => {
    const tagged = await poolCustomers(2, { tags: ['harbour-fair'] });
    await poolCustomers(1, { tags: ['other'] });
    const res = await assign({ poolFilter: { tags: ['harbour-fair'] }, toUserIds: [users.rep1.id] });
    expect(res.data.assignCustomers.map((r: any) => r.customerId).sort()).toEqual([...tagged].sort());
  });

  it('never pushes a rep past the cap when assignments and the rep\'s own claims race', async () => {
    await setPolicy({ holdingCap: (await holdings('rep1')) + 6, dailyClaimLimit: 100, previousOwnerCooldownDays: 0 });
    const forClaims = await poolCustomers(10);
    const forAssign = await poolCustomers(10);
    const results = await Promise.all([
      ...forClaims.map((id) => gql(t.graphqlUrl, CLAIM, { ids: [id] }, { token: tokens.rep1 }).then((r) => r.data.claimCustomers[0])),
      ...forAssign.map((id) => assign({ customerIds: [id], toUserIds: [users.rep1.id] }).then((r) => r.data.assignCustomers[0])),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(6);
    expect(new Set(results.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['HOLDING_CAP_REACHED']));
    const [{ cap }] = await t.dataSource.query(`SELECT (value->>'holdingCap')::int AS cap FROM app_settings WHERE key = 'pool-policy'`);
    expect(await holdings('rep1')).toBe(cap);
    await setPolicy({});
  });
});
