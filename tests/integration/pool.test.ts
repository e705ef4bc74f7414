import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const POOL = `query($filter: PoolFilter) { poolCustomers(filter: $filter) { totalCount edges { node {
  id companyName industry tags tier { code } entry { kind reason enteredAt previousOwner { name departmentName } } } } } }`;

describe('the public pool', () => {
  let t: TestServer;
  let owner: string;
  let other: string;
  let id: string;
  beforeAll(async () => {
    t = await startTestServer();
    const north = await makeDepartment(t.dataSource, 'North');
    owner = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { name: 'Rae Returner', department: north }));
    other = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    id = await createCustomerAs(t.graphqlUrl, owner, { companyName: 'Returned Robotics', industry: 'Robotics', tags: ['expo'] });
  });
  afterAll(() => t.stop());

  it('refuses a return without a valid reason, or by someone who does not own the customer', async () => {
    const noReason = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "") }', { id }, { token: owner });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const otherNeedsNote = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "OTHER") }', { id }, { token: owner });
    expect(errorCode(otherNeedsNote)).toBe('BAD_USER_INPUT');
    const notOwner = await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }', { id }, { token: other });
    expect(errorCode(notOwner)).toBe('NOT_FOUND');
  });

  it('returns a customer with its reason, and lists it in the pool with basic details and its history', async () => {
    const reasons = (await gql(t.graphqlUrl, '{ returnReasons { code label noteRequired } }', {}, { token: owner })).data.returnReasons;
    expect(reasons.length).toBeGreaterThan(2);
    const code = reasons.find((r: any) => !r.noteRequired).code;
    const res = await gql(t.graphqlUrl, 'mutation($id: ID!, $code: String!) { returnCustomer(customerId: $id, reasonCode: $code, note: "Left a voicemail twice") }', { id, code }, { token: owner });
    expect(res.data.returnCustomer).toBe(id);

    const pool = await gql(t.graphqlUrl, POOL, { filter: { tags: ['expo'] } }, { token: other });
    expect(pool.data.poolCustomers.totalCount).toBe(1);
    const node = pool.data.poolCustomers.edges[0].node;
    expect(node).toMatchObject({ id, companyName: 'Returned Robotics', industry: 'Robotics', tier: { code: 'C' } });
    expect(node.entry).toMatchObject({ kind: 'RETURNED', previousOwner: { name: 'Rae Returner', departmentName: 'North' } });
    expect(node.entry.reason).toContain('Left a voicemail twice');
    // The former owner no longer sees it among their customers.
    expect(errorCode(await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { id } }', { id }, { token: owner }))).toBe('NOT_FOUND');
  });

  it('exposes no contact details in the pool', async () => {
    const res = await gql(t.graphqlUrl, '{ poolCustomers { edges { node { contacts { name } } } } }', {}, { token: other });
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('tells every signed-in user live when customers enter or leave the pool', async () => {
    const client = wsClient(t.wsUrl, other);
    const sub = subscribe(client, 'subscription { poolChanged { kind customerIds } }');
    const returnable = await createCustomerAs(t.graphqlUrl, owner, { companyName: 'Live Pool Lanterns' });
    const code = (await gql(t.graphqlUrl, '{ returnReasons { code noteRequired } }', {}, { token: owner })).data.returnReasons.find((r: any) => !r.noteRequired).code;
    // Repeat (with a fresh customer each round) until the subscription is live.
    let id = returnable;
    for (let round = 0; sub.events.length === 0; round++) {
      if (round === 30) throw new Error('subscription never became live');
      await gql(t.graphqlUrl, 'mutation($id: ID!, $code: String!) { returnCustomer(customerId: $id, reasonCode: $code) }', { id, code }, { token: owner });
      await sub.until(() => sub.events.length > 0, 150).catch(() => undefined);
      if (sub.events.length === 0) id = await createCustomerAs(t.graphqlUrl, owner, { companyName: `Live Pool Lanterns ${round}` });
    }
    expect(sub.events[0].data.poolChanged).toEqual({ kind: 'RETURNED', customerIds: [id] });
    const claim = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }', { ids: [id] }, { token: other });
    expect(claim.data.claimCustomers[0].ok).toBe(true);
    await sub.until(() => sub.events.some((e: any) => e.data.poolChanged.kind === 'CLAIMED'));
    expect(sub.events.at(-1)!.data.poolChanged).toEqual({ kind: 'CLAIMED', customerIds: [id] });
    await client.dispose();
  });
});
