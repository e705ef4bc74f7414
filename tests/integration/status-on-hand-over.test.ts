import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const SET_STATUS = 'mutation($id: ID!, $status: CustomerStatus!) { updateCustomer(id: $id, input: { status: $status }) { customer { status } } }';
const RETURN = 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }';
const CLAIM = 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }';
const ASSIGN = 'mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok } }';

/** What status a customer takes when it changes hands (README: "Customer status when it changes hands"). */
describe('status on hand-over', () => {
  let t: TestServer;
  const tokens = {} as Record<'rita' | 'sam' | 'manager', string>;
  const ids = {} as Record<'rita' | 'sam', number>;
  const statusOf = async (id: string, who: keyof typeof tokens) =>
    (await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { status } }', { id }, { token: tokens[who] })).data.customer.status;
  const historyOf = (id: string) =>
    t.dataSource.query(`SELECT status, actor_id AS "actorId" FROM customer_status_changes WHERE customer_id = $1 ORDER BY id`, [id]);

  /** A customer of Rita's, in talks, handed back to the pool. */
  async function negotiatedThenReturned(name: string): Promise<string> {
    const id = await createCustomerAs(t.graphqlUrl, tokens.rita, { companyName: name });
    expect((await gql(t.graphqlUrl, SET_STATUS, { id, status: 'NEGOTIATING' }, { token: tokens.rita })).data.updateCustomer.customer.status).toBe('NEGOTIATING');
    expect((await gql(t.graphqlUrl, RETURN, { id }, { token: tokens.rita })).errors).toBeUndefined();
    return id;
  }

  beforeAll(async () => {
    t = await startTestServer();
    const north = await makeDepartment(t.dataSource, 'North');
    const rita = await makeUser(t.dataSource, { department: north });
    const sam = await makeUser(t.dataSource, { department: north });
    const manager = await makeUser(t.dataSource, { role: 'MANAGER', department: north });
    Object.assign(ids, { rita: rita.id, sam: sam.id });
    Object.assign(tokens, { rita: await loginAs(t.graphqlUrl, rita), sam: await loginAs(t.graphqlUrl, sam), manager: await loginAs(t.graphqlUrl, manager) });
  });
  afterAll(() => t.stop());

  it('starts again at NEW when claimed from the pool, with the change in the status history', async () => {
    const id = await negotiatedThenReturned('Harbour Textiles');
    expect((await gql(t.graphqlUrl, CLAIM, { ids: [id] }, { token: tokens.sam })).data.claimCustomers).toEqual([{ ok: true }]);
    expect(await statusOf(id, 'sam')).toBe('NEW');
    expect(await historyOf(id)).toEqual([
      { status: 'NEW', actorId: ids.rita },
      { status: 'NEGOTIATING', actorId: ids.rita },
      { status: 'NEW', actorId: ids.sam },
    ]);
  });

  it('starts again at NEW when a manager assigns it from the pool', async () => {
    const id = await negotiatedThenReturned('Pine Foods');
    expect((await gql(t.graphqlUrl, ASSIGN, { input: { customerIds: [id], toUserIds: [String(ids.sam)] } }, { token: tokens.manager })).data.assignCustomers).toEqual([{ ok: true }]);
    expect(await statusOf(id, 'sam')).toBe('NEW');
  });

  it('keeps its status when a manager moves it from one rep to another: the talks go on', async () => {
    const id = await createCustomerAs(t.graphqlUrl, tokens.rita, { companyName: 'Cedar Instruments' });
    await gql(t.graphqlUrl, SET_STATUS, { id, status: 'NEGOTIATING' }, { token: tokens.rita });
    expect((await gql(t.graphqlUrl, ASSIGN, { input: { customerIds: [id], toUserIds: [String(ids.sam)] } }, { token: tokens.manager })).data.assignCustomers).toEqual([{ ok: true }]);
    expect(await statusOf(id, 'sam')).toBe('NEGOTIATING');
  });
});
