import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const ADD = `mutation($input: AddCollaboratorInput!) { addCollaborator(input: $input) { id collaborators { user { name } access expiresAt grantedBy { name } } } }`;
const REMOVE = `mutation($c: ID!, $u: ID!) { removeCollaborator(customerId: $c, userId: $u) { id collaborators { user { name } } } }`;
const ONE = `query($id: ID!) { customer(id: $id) { id companyName myAccess } }`;
const LIST = `{ customers(first: 100) { edges { node { id } } } }`;
const EDIT = `mutation($id: ID!) { updateCustomer(id: $id, input: { tags: ["shared"] }) { customer { id tags } } }`;

/**
 * Collaborators: a colleague sees (READ) or also edits (WRITE) someone else's customer until the
 * exact instant the grant expires, through the one visibility scope; never moves it, never holds it.
 */
describe('collaborators', () => {
  let t: TestServer;
  const users: Record<string, { id: number; email: string; name: string }> = {};
  const tokens: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(t.graphqlUrl, query, variables, { token: tokens[who] });
  const add = (who: string, customerId: string, userId: number, access: string, expiresAt: string | null = null) =>
    as(who, ADD, { input: { customerId, userId: String(userId), access, expiresAt } });
  const sees = async (who: string, id: string) => {
    const one = await as(who, ONE, { id });
    const listed = (await as(who, LIST)).data.customers.edges.some((e: { node: { id: string } }) => e.node.id === id);
    return { detail: one.data?.customer?.myAccess ?? errorCode(one), listed };
  };

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const made = {
      owner: await makeUser(t.dataSource, { department: north, name: 'Olga Owner' }),
      helper: await makeUser(t.dataSource, { department: south, name: 'Hugo Helper' }),
      writer: await makeUser(t.dataSource, { department: south, name: 'Wanda Writer' }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Nora Manager' }),
      southManager: await makeUser(t.dataSource, { role: 'MANAGER', department: south, name: 'Sven South' }),
      gone: await makeUser(t.dataSource, { department: north, name: 'Gone Rep', disabled: true }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN' }),
    };
    for (const [who, user] of Object.entries(made)) {
      users[who] = user;
      if (!user.disabled) tokens[who] = await loginAs(t.graphqlUrl, user);
    }
  });
  afterAll(() => t.stop());

  it('a read-only colleague sees the customer until the exact instant the grant expires, and may not edit it', async () => {
    const id = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: 'Shared Lantern Works' });
    expect(await sees('helper', id)).toEqual({ detail: 'NOT_FOUND', listed: false });
    const res = await add('owner', id, users.helper.id, 'READ', '2026-11-02T10:00:00.000Z');
    expect(res.errors).toBeUndefined();
    expect(res.data.addCollaborator.collaborators).toEqual([{ user: { name: 'Hugo Helper' }, access: 'READ', expiresAt: '2026-11-02T10:00:00.000Z', grantedBy: { name: 'Olga Owner' } }]);
    expect(await sees('helper', id)).toEqual({ detail: 'READ', listed: true });
    expect(errorCode(await as('helper', EDIT, { id }))).toBe('NOT_FOUND');
    // A southern manager sees nothing through their rep's grant.
    expect(await sees('southManager', id)).toEqual({ detail: 'NOT_FOUND', listed: false });

    t.clock.set(new Date('2026-11-02T09:59:59.999Z'));
    expect(await sees('helper', id)).toEqual({ detail: 'READ', listed: true });
    t.clock.set(new Date('2026-11-02T10:00:00.000Z'));
    expect(await sees('helper', id)).toEqual({ detail: 'NOT_FOUND', listed: false });
    expect((await as('owner', ONE, { id })).data.customer.myAccess).toBe('FULL');
    t.clock.set(new Date('2026-11-02T09:00:00Z'));
  });

  it('a read-write colleague edits it but never owns, returns or holds it', async () => {
    const id = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: 'Shared Harbour Rope' });
    const quota = async () => (await as('writer', '{ claimQuota { holdings } }')).data.claimQuota.holdings;
    const before = await quota();
    expect((await add('manager', id, users.writer.id, 'WRITE')).errors).toBeUndefined();
    expect((await as('writer', EDIT, { id })).data.updateCustomer.customer.tags).toEqual(['shared']);
    expect(errorCode(await as('writer', 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id }))).toBe('NOT_FOUND');
    expect((await as('writer', 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok code } }', { ids: [id] })).data.claimCustomers[0]).toMatchObject({ ok: false });
    expect(await quota()).toBe(before);
    expect((await t.dataSource.query('SELECT owner_id FROM customer_ownership WHERE customer_id = $1', [id]))[0].owner_id).toBe(users.owner.id);
    // Not even a read-write colleague shares it further.
    expect(errorCode(await add('writer', id, users.helper.id, 'READ'))).toBe('FORBIDDEN');
  });

  it('refuses bad grants with coded errors naming the field, and lets a colleague leave', async () => {
    const id = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: 'Shared Tidewater Lamps' });
    const fields = async (res: Awaited<ReturnType<typeof as>>) => {
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields!.map((f) => `${f.field} ${f.rule}`);
    };
    expect(await fields(await add('owner', id, users.helper.id, 'READ', '2026-11-02T08:59:59Z'))).toEqual(['expiresAt MUST_BE_FUTURE']);
    expect(await fields(await add('owner', id, users.owner.id, 'READ'))).toEqual(['userId IS_THE_OWNER']);
    expect(await fields(await add('owner', id, users.gone.id, 'WRITE'))).toEqual(['userId USER_DISABLED']);
    expect(await fields(await add('owner', id, 2_000_000_000, 'READ'))).toEqual(['userId NOT_FOUND']);
    expect(errorCode(await add('southManager', id, users.helper.id, 'READ'))).toBe('NOT_FOUND');
    expect((await add('owner', id, users.helper.id, 'READ')).errors).toBeUndefined();
    expect(errorCode(await add('helper', id, users.writer.id, 'READ'))).toBe('FORBIDDEN');
    const left = await as('helper', REMOVE, { c: id, u: String(users.helper.id) });
    expect(left.errors).toBeUndefined();
    expect(await sees('helper', id)).toEqual({ detail: 'NOT_FOUND', listed: false });
  });

  it('a grant covers someone\'s customer only: once it is in the pool, the pool\'s own rules apply', async () => {
    const id = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: 'Shared Quayside Nets' });
    expect((await add('owner', id, users.helper.id, 'WRITE')).errors).toBeUndefined();
    expect(await sees('helper', id)).toEqual({ detail: 'WRITE', listed: true });
    expect((await as('owner', 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id })).errors).toBeUndefined();
    expect(await sees('helper', id)).toEqual({ detail: 'NOT_FOUND', listed: false });
    expect(errorCode(await as('helper', EDIT, { id }))).toBe('NOT_FOUND');
  });

  it('lists colleagues of every team to share with: outside the team a name and a department only, never a disabled account', async () => {
    const res = await as('owner', `{ colleagues(search: "e") { name email department { name } } }`);
    expect(res.errors).toBeUndefined();
    const byName = new Map(res.data.colleagues.map((c: { name: string }) => [c.name, c]));
    expect(byName.get('Hugo Helper')).toEqual({ name: 'Hugo Helper', email: null, department: { name: 'South' } });
    expect(byName.get('Olga Owner')).toMatchObject({ email: users.owner.email });
    expect(byName.has('Gone Rep')).toBe(false);
    expect(errorCode(await as('owner', `{ colleagues(search: "${'x'.repeat(201)}") { name } }`))).toBe('BAD_USER_INPUT');
  });

  it('a transfer that keeps read access lets the old owner look for the days it said, then not', async () => {
    const ids = [await createCustomerAs(t.graphqlUrl, tokens.helper, { companyName: 'Handed Over Sails' })];
    const res = await as('admin', 'mutation($input: TransferInput!) { startTransfer(input: $input) { id status } }', {
      input: { fromUserId: String(users.helper.id), receiverMode: 'ONE', toUserIds: [String(users.writer.id)], keepReadDays: 7, note: 'Moving to the North office' },
    });
    expect(res.errors).toBeUndefined();
    await expect.poll(async () => (await t.dataSource.query('SELECT status FROM transfer_requests WHERE id = $1', [res.data.startTransfer.id]))[0].status, { timeout: 20_000, interval: 25 }).toBe('DONE');
    expect(await sees('helper', ids[0])).toEqual({ detail: 'READ', listed: true });
    t.clock.set(new Date('2026-11-09T09:00:00Z'));
    expect(await sees('helper', ids[0])).toEqual({ detail: 'NOT_FOUND', listed: false });
    t.clock.set(new Date('2026-11-02T09:00:00Z'));
  });
});
