import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeUser } from '../support/factories';

const PAGE = `query($first: Int, $after: String, $sort: CustomerSort, $filter: CustomerFilter) {
  customers(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id companyName } }
  }
}`;

describe('customers', () => {
  let t: TestServer;
  let token: string;
  let userId: number;
  beforeAll(async () => {
    t = await startTestServer();
    const rep = await makeUser(t.dataSource, { name: 'Rita Rep' });
    userId = rep.id;
    token = await loginAs(t.graphqlUrl, rep);
  });
  afterAll(() => t.stop());

  it('creates a customer owned by the creator, with an ownership event at the same instant', async () => {
    const region = await t.dataSource.query(`INSERT INTO regions (name) VALUES ('Europe') RETURNING id`);
    const res = await gql(
      t.graphqlUrl,
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer {
        id companyName website email phone industry source tags status ownedSince createdAt
        owner { id name } tier { code } region { name }
        ownershipEvents { kind from { id } to { id } actor { id } occurredAt }
      } } }`,
      {
        input: {
          companyName: '  Acme Trading Co., Ltd. ',
          website: 'acme.co.uk',
          email: ' Info@Acme.co.uk ',
          phone: '+44 20 7946 0000',
          industry: 'Retail',
          source: 'Trade show',
          tags: ['VIP', 'vip', ' export '],
          tier: 'A',
          regionId: String(region[0].id),
        },
      },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.createCustomer.customer;
    expect(c).toMatchObject({
      companyName: 'Acme Trading Co., Ltd.',
      email: 'info@acme.co.uk',
      tags: ['VIP', 'export'],
      status: 'NEW',
      owner: { id: String(userId), name: 'Rita Rep' },
      tier: { code: 'A' },
      region: { name: 'Europe' },
      ownedSince: '2026-11-22T09:00:00.000Z',
    });
    expect(c.ownershipEvents).toEqual([
      { kind: 'CREATED', from: null, to: { id: String(userId) }, actor: { id: String(userId) }, occurredAt: '2026-11-22T09:00:00.000Z' },
    ]);
  });

  it('defaults the tier to the least important one', async () => {
    const res = await gql(t.graphqlUrl, CREATE_CUSTOMER.replace('owner { id }', 'owner { id } tier { code }'), { input: { companyName: 'Plain Co' } }, { token });
    expect(res.data.createCustomer.customer.tier.code).toBe('C');
  });

  it.each([
    [{ companyName: '' }, 'companyName'],
    [{ companyName: 'x'.repeat(201) }, 'companyName'],
    [{ companyName: 'A', email: 'nope' }, 'email'],
    [{ companyName: 'A', website: 'http://' }, 'website'],
    [{ companyName: 'A', tier: 'Z' }, 'tier'],
    [{ companyName: 'A', regionId: '999999' }, 'regionId'],
    [{ companyName: 'A', regionId: 'abc' }, 'regionId'],
    [{ companyName: 'A', tags: ['x'.repeat(41)] }, 'tags.0'],
  ])('refuses %o with a field error on %s and writes nothing', async (input, field) => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM customers');
    const res = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM customers');
    expect(after[0].n).toBe(before[0].n);
  });

  it('updates only the fields given, and clears a field sent as empty', async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Update Me', email: 'a@update.me', industry: 'Energy' });
    t.clock.advance(60_000);
    const res = await gql(
      t.graphqlUrl,
      `mutation($id: ID!) { updateCustomer(id: $id, input: { status: NEGOTIATING, email: "" }) { customer { companyName email industry status updatedAt createdAt } } }`,
      { id },
      { token },
    );
    expect(res.data.updateCustomer.customer).toMatchObject({ companyName: 'Update Me', email: null, industry: 'Energy', status: 'NEGOTIATING' });
    expect(res.data.updateCustomer.customer.updatedAt).not.toBe(res.data.updateCustomer.customer.createdAt);
    const blank = await gql(t.graphqlUrl, `mutation($id: ID!) { updateCustomer(id: $id, input: { companyName: "  " }) { customer { id } } }`, { id }, { token });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
  });

  it('pages with stable cursors in every sort order and reports the total', async () => {
    const other = await makeUser(t.dataSource);
    const otherToken = await loginAs(t.graphqlUrl, other);
    const names = ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo', 'Foxtrot', 'Golf'];
    for (const name of names) {
      await createCustomerAs(t.graphqlUrl, otherToken, { companyName: `${name} Paging` });
      t.clock.advance(1000);
    }
    for (const sort of [
      { field: 'COMPANY_NAME', direction: 'ASC' },
      { field: 'COMPANY_NAME', direction: 'DESC' },
      { field: 'CREATED_AT', direction: 'DESC' },
      { field: 'UPDATED_AT', direction: 'ASC' },
      { field: 'OWNED_SINCE', direction: 'DESC' },
    ]) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: any = await gql(t.graphqlUrl, PAGE, { first: 3, after, sort }, { token: otherToken });
        expect(res.data.customers.totalCount).toBe(names.length);
        seen.push(...res.data.customers.edges.map((e: any) => e.node.companyName));
        after = res.data.customers.pageInfo.hasNextPage ? res.data.customers.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(names.length);
      expect(new Set(seen).size).toBe(names.length);
      if (sort.field === 'CREATED_AT') expect(seen[0]).toBe('Golf Paging');
    }
  });

  it('filters by text, tag, industry, tier and status', async () => {
    const rep = await makeUser(t.dataSource);
    const tk = await loginAs(t.graphqlUrl, rep);
    await createCustomerAs(t.graphqlUrl, tk, { companyName: 'Northwind 100% Foods', industry: 'Food', tags: ['VIP', 'export'], tier: 'A' });
    await createCustomerAs(t.graphqlUrl, tk, { companyName: 'Southwind Tools', industry: 'Tools', tags: ['export'], email: 'sales@northwind-tools.com' });
    const count = async (filter: object) => {
      const res = await gql(t.graphqlUrl, PAGE, { filter }, { token: tk });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.customers.totalCount;
    };
    expect(await count({ text: 'northwind' })).toBe(2); // name of one, email of the other
    expect(await count({ text: '100%' })).toBe(1); // % is literal, not a wildcard
    expect(await count({ text: '_' })).toBe(0);
    expect(await count({ tags: ['export'] })).toBe(2);
    expect(await count({ tags: ['export', 'VIP'] })).toBe(1);
    expect(await count({ industry: 'Tools' })).toBe(1);
    expect(await count({ tier: 'A' })).toBe(1);
    expect(await count({ status: 'WON' })).toBe(0);
    const industries = await gql(t.graphqlUrl, '{ industries }', {}, { token: tk });
    expect(industries.data.industries).toEqual(expect.arrayContaining(['Food', 'Tools']));
  });

  it('refuses bad paging arguments with field errors', async () => {
    expect(errorCode(await gql(t.graphqlUrl, PAGE, { first: 0 }, { token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(t.graphqlUrl, PAGE, { first: 101 }, { token }))).toBe('BAD_USER_INPUT');
    const badCursor = await gql(t.graphqlUrl, PAGE, { after: 'not-a-cursor' }, { token });
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0].extensions!.fields![0].field).toBe('after');
    expect(errorCode(await gql(t.graphqlUrl, PAGE, { filter: { text: 'x'.repeat(201) } }, { token }))).toBe('BAD_USER_INPUT');
  });
});
