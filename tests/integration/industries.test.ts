import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INDUSTRIES } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const UPDATE = 'mutation($id: ID!, $industry: String) { updateCustomer(id: $id, input: { industry: $industry }) { customer { id } } }';
const COUNT = 'query($filter: CustomerFilter) { customers(filter: $filter) { totalCount } }';

describe('the industry list', () => {
  let t: TestServer;
  let rep: string;
  let otherRep: string;
  beforeAll(async () => {
    t = await startTestServer();
    rep = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    otherRep = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
  });
  afterAll(() => t.stop());

  async function industries(token: string): Promise<string[]> {
    const res = await gql(t.graphqlUrl, '{ industries }', {}, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.industries;
  }

  it('holds the built-in defaults before anyone typed one, sorted by name', async () => {
    const list = await industries(rep);
    expect(list).toEqual(expect.arrayContaining([...DEFAULT_INDUSTRIES]));
    expect(list).toEqual([...list].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('is for signed-in users only', async () => {
    expect(errorCode(await gql(t.graphqlUrl, '{ industries }'))).toBe('UNAUTHENTICATED');
  });

  it('gains a typed industry once a customer is saved with it, for every signed-in user', async () => {
    expect(await industries(rep)).not.toContain('Marine salvage');
    const id = await createCustomerAs(t.graphqlUrl, rep, { companyName: 'Deep Blue Recovery', industry: 'Marine salvage' });
    expect(await industries(rep)).toContain('Marine salvage');
    // A name, not a fact about a customer: someone who cannot see the customer still gets it to choose.
    expect(await industries(otherRep)).toContain('Marine salvage');

    const res = await gql(t.graphqlUrl, UPDATE, { id, industry: 'Offshore wind' }, { token: rep });
    expect(res.errors).toBeUndefined();
    const after = await industries(rep);
    expect(after).toContain('Offshore wind');
    expect(after).not.toContain('Marine salvage');
  });

  it('names each industry once whatever its case, a default keeping its spelling', async () => {
    await createCustomerAs(t.graphqlUrl, rep, { companyName: 'Quayside Hoists', industry: 'port logistics' });
    await createCustomerAs(t.graphqlUrl, rep, { companyName: 'Tidewater Stevedores', industry: 'Port Logistics' });
    await createCustomerAs(t.graphqlUrl, rep, { companyName: 'Anchorline Freight', industry: 'Port Logistics' });
    await createCustomerAs(t.graphqlUrl, rep, { companyName: 'Corner Shop Group', industry: 'RETAIL' });

    const list = await industries(rep);
    const lower = list.map((name) => name.toLowerCase());
    expect(new Set(lower).size).toBe(list.length);
    // The most used spelling stands for the rest.
    expect(list).toContain('Port Logistics');
    expect(list).toContain('Retail');
    expect(list).not.toContain('RETAIL');

    // Filtering by the listed spelling finds every customer of that industry, however it was typed.
    const found = await gql(t.graphqlUrl, COUNT, { filter: { industry: 'Port Logistics' } }, { token: rep });
    expect(found.data.customers.totalCount).toBe(3);
  });

  it('keeps pool: true as the industries among pool customers only', async () => {
    const res = await gql(t.graphqlUrl, '{ industries(pool: true) }', {}, { token: rep });
    expect(res.errors).toBeUndefined();
    expect(res.data.industries).not.toContain('Port Logistics');
  });
});
