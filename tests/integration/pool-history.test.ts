import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;
const START = new Date('2026-10-01T09:00:00Z').getTime();
const RETURN = 'mutation($id: ID!, $reason: String!) { returnCustomer(customerId: $id, reasonCode: $reason) }';
const POOL_IDS = 'query($filter: PoolFilter) { poolCustomers(filter: $filter) { totalCount edges { node { id } } } }';
const HISTORY = `query($id: ID!) { poolCustomer(id: $id) { companyName
  poolHistory { kind reason enteredAt previousOwner { name } }
  followUps { type content author { name } } } }`;

/** Before claiming, a rep sees how a pool customer came back and what was tried; filters narrow the pool. */
describe('pool history and filters', () => {
  let t: TestServer;
  const people: Record<string, { email: string }> = {};
  const ids: Record<string, string> = {};
  // The clock moves by weeks: sign in afresh before each use so sessions never run out.
  const as = (who: string) => loginAs(t.graphqlUrl, people[who]);
  const poolIds = async (filter: Record<string, unknown>) =>
    (await gql(t.graphqlUrl, POOL_IDS, { filter }, { token: await as('rep3') })).data.poolCustomers.edges.map((e: any) => e.node.id).sort();

  beforeAll(async () => {
    t = await startTestServer({ now: new Date(START).toISOString() });
    for (const [who, name] of [['rep1', 'Rep One'], ['rep2', 'Rep Two'], ['rep3', 'Rep Three']]) people[who] = await makeUser(t.dataSource, { name });
    ids.twice = await createCustomerAs(t.graphqlUrl, await as('rep1'), { companyName: 'Twice Returned Marine' });
    await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Buyer left, new one starts in spring" }) { followUp { id } } }',
      { id: ids.twice },
      { token: await as('rep1') },
    );
    await gql(t.graphqlUrl, RETURN, { id: ids.twice, reason: 'NOT_A_FIT' }, { token: await as('rep1') });
    t.clock.advance(DAY);
    await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }', { ids: [ids.twice] }, { token: await as('rep2') });
    await gql(t.graphqlUrl, RETURN, { id: ids.twice, reason: 'NO_CONTACT' }, { token: await as('rep2') });

    ids.idle = await createCustomerAs(t.graphqlUrl, await as('rep1'), { companyName: 'Idle Dockyard Ltd', source: 'Trade fair' });
    ids.owned = await createCustomerAs(t.graphqlUrl, await as('rep1'), { companyName: 'Still Owned Rigging' });
    t.clock.advance(20 * DAY);
    await gql(t.graphqlUrl, 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Keeping this one warm today" }) { followUp { id } } }', { id: ids.owned }, { token: await as('rep1') });
    t.clock.advance(11 * DAY);
    expect((await t.server.services.recycleSweep.sweep()).recycled.map((r) => String(r.customerId))).toEqual([ids.idle]);
  });
  afterAll(() => t.stop());

  it('shows every entry, newest first, with previous owners and reasons, and the follow-ups logged before', async () => {
    const res = await gql(t.graphqlUrl, HISTORY, { id: ids.twice }, { token: await as('rep3') });
    expect(res.errors).toBeUndefined();
    expect(res.data.poolCustomer.poolHistory).toEqual([
      { kind: 'RETURNED', reason: 'returned: No contact', enteredAt: new Date(START + DAY).toISOString(), previousOwner: { name: 'Rep Two' } },
      { kind: 'RETURNED', reason: 'returned: Not a fit', enteredAt: new Date(START).toISOString(), previousOwner: { name: 'Rep One' } },
    ]);
    expect(res.data.poolCustomer.followUps).toEqual([{ type: 'CALL', content: 'Buyer left, new one starts in spring', author: { name: 'Rep One' } }]);
  });

  it('answers NOT_FOUND for a customer someone owns, as for any the viewer cannot see', async () => {
    expect(errorCode(await gql(t.graphqlUrl, HISTORY, { id: ids.owned }, { token: await as('rep3') }))).toBe('NOT_FOUND');
  });

  it('filters by how the customer entered, since when, and its source', async () => {
    expect(await poolIds({ entryKinds: ['RECYCLED'] })).toEqual([ids.idle]);
    expect(await poolIds({ entryKinds: ['RETURNED', 'RELEASED'] })).toEqual([ids.twice]);
    const aWeekAgo = new Date(t.clock.now().getTime() - 7 * DAY).toISOString();
    expect(await poolIds({ enteredBefore: aWeekAgo })).toEqual([ids.twice]); // in the pool for over a week
    expect(await poolIds({ enteredAfter: aWeekAgo })).toEqual([ids.idle]);
    expect(await poolIds({ source: 'Trade fair' })).toEqual([ids.idle]);
    expect(await poolIds({ source: 'Trade fair', entryKinds: ['RETURNED'] })).toEqual([]);
    const sources = await gql(t.graphqlUrl, '{ pool: sources(pool: true) mine: sources }', {}, { token: await as('rep1') });
    expect(sources.data).toEqual({ pool: ['Trade fair'], mine: [] }); // rep1's remaining customer has no source
  });
});
