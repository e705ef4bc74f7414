import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const POOL = `{ poolCustomers(first: 50) { edges { node { id claimHold { code until } } } } }`;

/**
 * The pool page knows before a claim what a claim would be refused for by a cooldown: the rep who
 * gave a customer back sees when they may claim it again; another rep sees no hold; the claim
 * itself is refused for the same reason until the same moment.
 */
describe('claimHold on pool customers', () => {
  let t: TestServer;
  const tokens = {} as Record<'giver' | 'other', string>;
  let giver: Awaited<ReturnType<typeof makeUser>>;
  let id: string;

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z', config: { teamTimeZone: 'Asia/Shanghai' } });
    giver = await makeUser(t.dataSource, { name: 'Giver' });
    tokens.giver = await loginAs(t.graphqlUrl, giver);
    tokens.other = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { name: 'Other' }));
    id = await createCustomerAs(t.graphqlUrl, tokens.giver, { companyName: 'Boomerang Bearings' });
    const returned = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }', { id }, { token: tokens.giver });
    expect(returned.errors).toBeUndefined();
  });
  afterAll(() => t?.stop());

  const holdOf = async (who: keyof typeof tokens) => {
    const res = await gql(t.graphqlUrl, POOL, {}, { token: tokens[who] });
    expect(res.errors).toBeUndefined();
    return res.data.poolCustomers.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === id).claimHold;
  };
  const claimAs = async (who: keyof typeof tokens) =>
    (await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok code } }', { ids: [id] }, { token: tokens[who] })).data.claimCustomers[0];

  it('shows the giver their cooldown, 30 team days on, and nothing to another rep', async () => {
    expect(await holdOf('giver')).toEqual({ code: 'PREVIOUS_OWNER_COOLDOWN', until: '2026-12-02T09:00:00.000Z' });
    expect(await holdOf('other')).toBeNull();
  });

  it('refuses the claim for the same reason until that moment, then lets it through', async () => {
    t.clock.set('2026-12-02T08:59:59Z');
    tokens.giver = await loginAs(t.graphqlUrl, giver); // a month on, the first session has ended
    expect(await claimAs('giver')).toEqual({ ok: false, code: 'PREVIOUS_OWNER_COOLDOWN' });
    t.clock.set('2026-12-02T09:00:00Z');
    expect(await holdOf('giver')).toBeNull();
    expect(await claimAs('giver')).toEqual({ ok: true, code: null });
  });
});
