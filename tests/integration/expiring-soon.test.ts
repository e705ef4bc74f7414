import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;
const START = new Date('2026-11-02T09:00:00Z').getTime();
const LIST = `query($filter: CustomerFilter, $after: String) {
  customers(filter: $filter, sort: { field: PROTECTED_UNTIL, direction: ASC }, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { companyName protectedUntil } } } }`;

/** "Expiring soon": my customers whose protection ends before a given instant, soonest first, paged. */
describe('customers by protection end', () => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer({ now: new Date(START).toISOString() });
    const rep = await makeUser(t.dataSource);
    token = await loginAs(t.graphqlUrl, rep);
    for (const [i, name] of ['Oldest Pier', 'Middle Pier', 'Newer Pier', 'Newest Pier'].entries()) {
      t.clock.set(new Date(START + i * DAY));
      await createCustomerAs(t.graphqlUrl, token, { companyName: `${name} Holdings`, acknowledgeDuplicates: true });
    }
  });
  afterAll(() => t.stop());

  it('lists only those ending before the instant, soonest first, across pages', async () => {
    const before = new Date(START + 32.5 * DAY).toISOString(); // ends on days 30, 31, 32 qualify; day 33 does not
    const first = (await gql(t.graphqlUrl, LIST, { filter: { protectedUntilBefore: before } }, { token })).data.customers;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.companyName)).toEqual(['Oldest Pier Holdings', 'Middle Pier Holdings']);
    const next = (await gql(t.graphqlUrl, LIST, { filter: { protectedUntilBefore: before }, after: first.pageInfo.endCursor }, { token })).data.customers;
    expect(next.edges.map((e: any) => e.node)).toEqual([{ companyName: 'Newer Pier Holdings', protectedUntil: new Date(START + 32 * DAY).toISOString() }]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('puts customers the policy keeps (won, locked) after every counted one, and never among the expiring', async () => {
    const ALL = `query($filter: CustomerFilter) { customers(filter: $filter, sort: { field: PROTECTED_UNTIL, direction: ASC }, first: 10) { edges { node { companyName } } } }`;
    const [oldest] = (await gql(t.graphqlUrl, `{ customers(first: 10, filter: { text: "Oldest Pier" }) { edges { node { id } } } }`, {}, { token })).data.customers.edges;
    const won = await gql(t.graphqlUrl, 'mutation($id: ID!) { updateCustomer(id: $id, input: { status: WON }) { customer { status } } }', { id: oldest.node.id }, { token });
    expect(won.data.updateCustomer.customer.status).toBe('WON');
    const names = (await gql(t.graphqlUrl, ALL, {}, { token })).data.customers.edges.map((e: any) => e.node.companyName);
    expect(names).toEqual(['Middle Pier Holdings', 'Newer Pier Holdings', 'Newest Pier Holdings', 'Oldest Pier Holdings']);
    const before = new Date(START + 40 * DAY).toISOString();
    const expiring = (await gql(t.graphqlUrl, ALL, { filter: { protectedUntilBefore: before } }, { token })).data.customers.edges.map((e: any) => e.node.companyName);
    expect(expiring).not.toContain('Oldest Pier Holdings');
  });
});
