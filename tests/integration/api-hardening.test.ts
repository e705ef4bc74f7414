import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const GRID = `query { customers(first: 50) { totalCount edges { node {
  id companyName tags owner { id name department { name } } tier { code name } region { name }
  contacts { id name emails } ownershipEvents { kind actor { name } }
} } } }`;

describe('API hardening', () => {
  let t: TestServer;
  let token: string;
  let queries: string[] = [];
  beforeAll(async () => {
    t = await startTestServer({ onQuery: (sql) => queries.push(sql) });
    token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
  });
  afterAll(() => t.stop());

  it('serves a 50-row page with owners, tiers, regions and contacts in a fixed number of queries', async () => {
    const countFor = async (rows: number) => {
      const existing = (await gql(t.graphqlUrl, '{ customers { totalCount } }', {}, { token })).data.customers.totalCount;
      for (let i = existing; i < rows; i++) {
        const id = await createCustomerAs(t.graphqlUrl, token, { companyName: `Row ${randomUUID()}`, tags: ['x'] });
        await gql(t.graphqlUrl, 'mutation($id: ID!) { addContact(customerId: $id, input: { name: "P" }) { contact { id } } }', { id }, { token });
      }
      queries = [];
      const res = await gql(t.graphqlUrl, GRID, {}, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data.customers.edges).toHaveLength(rows);
      return queries.filter((q) => !/^(START TRANSACTION|COMMIT)/.test(q)).length;
    };
    const forFive = await countFor(5);
    const forFifty = await countFor(50);
    expect(forFifty).toBe(forFive);
    expect(forFifty).toBeLessThanOrEqual(10);
  });

  it.each([
    ['a malformed query', '{ customers { ', 'GRAPHQL_PARSE_FAILED', 400],
    ['an unknown field', '{ customers { nope } }', 'GRAPHQL_VALIDATION_FAILED', 400],
    ['a wrongly typed argument', '{ customers(first: "ten") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED', 400],
  ])('answers %s with a code and a 4xx, never a 500', async (_what, query, code, status) => {
    const res = await gql(t.graphqlUrl, query, {}, { token });
    expect(errorCode(res)).toBe(code);
    expect(res.status).toBe(status);
  });

  it('refuses wrongly typed variables with BAD_USER_INPUT', async () => {
    const res = await gql(t.graphqlUrl, 'query($n: Int) { customers(first: $n) { totalCount } }', { n: 'many' }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses queries with too many aliases or too high a cost, with a 400', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const aliased = await gql(t.graphqlUrl, aliases, {}, { token });
    expect(errorCode(aliased)).toBe('QUERY_TOO_COMPLEX');
    expect(aliased.status).toBe(400);

    const page = 'customers(first: 100) { edges { node { id companyName contacts { id name emails phones } owner { id name } } } }';
    expect(errorCode(await gql(t.graphqlUrl, `{ ${page} }`, {}, { token }))).toBeUndefined();
    const costly = `{ ${Array.from({ length: 5 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    expect(errorCode(await gql(t.graphqlUrl, costly, {}, { token }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers unknown, malformed and foreign ids alike', async () => {
    const other = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    const foreignId = await createCustomerAs(t.graphqlUrl, other, { companyName: 'Foreign Co' });
    const answers = await Promise.all(
      [foreignId, '2000000000', 'abc', '-1', '99999999999'].map((id) =>
        gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { id } }', { id }, { token }),
      ),
    );
    for (const res of answers) {
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toBe('Customer not found.');
    }
  });

  it.each([
    ['malformed JSON', '{"query": ', 400],
    ['a body over the size limit', JSON.stringify({ query: `{ me { id } } #${'x'.repeat(300_000)}` }), 413],
  ])('answers %s with JSON and a code, not an HTML stack trace', async (_what, body, status) => {
    const res = await fetch(t.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(status);
    const json = (await res.json()) as any;
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(json)).not.toMatch(/at .*\.js:\d+/);
  });

  it('never leaks a stack trace', async () => {
    const res = await gql(t.graphqlUrl, '{ customers(first: 1000) { totalCount } }', {}, { token });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('production mode', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ production: true });
  });
  afterAll(() => t.stop());

  it('turns introspection off', async () => {
    const res = await gql(t.graphqlUrl, '{ __schema { types { name } } }');
    expect(res.errors).toBeDefined();
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers unexpected failures with a generic message and a code', async () => {
    const token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    await t.dataSource.query('ALTER TABLE customers RENAME COLUMN industry TO industry_gone');
    try {
      const res = await gql(t.graphqlUrl, '{ customers { totalCount } }', {}, { token });
        expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toBe('Something went wrong on our side.');
      expect(JSON.stringify(res.errors)).not.toMatch(/industry_gone|does not exist|stack/);
    } finally {
      await t.dataSource.query('ALTER TABLE customers RENAME COLUMN industry_gone TO industry');
    }
  });
});
