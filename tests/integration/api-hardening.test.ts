import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient, type GraphQLResponse } from '../support/graphql-client';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeUser, TEST_PASSWORD } from '../support/factories';

const GRID = `query { customers(first: 50) { totalCount edges { node {
  id companyName tags owner { id name department { name } } tier { code name } region { name }
  contacts { id name emails } ownershipEvents { kind actor { name } }
  myAccess collaborators { access }
} } } }`;

describe('API hardening', () => {
  let t: TestServer;
  let token: string;
  let queries: string[] = [];
  beforeAll(async () => {
    // Every request looks its session up, so the counts below do not depend on the session cache's timing.
    t = await startTestServer({ onQuery: (sql) => queries.push(sql), config: { sessionCacheMs: 0 } });
    token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
  });
  afterAll(() => t.stop());

  it('serves a 50-row page with owners, tiers, regions, contacts, access and collaborators in a fixed number of queries', async () => {
    const countFor = async (rows: number) => {
      const existing = (await gql(t.graphqlUrl, '{ customers { totalCount } }', {}, { token })).data.customers.totalCount;
      for (let i = existing; i < rows; i++) {
        const id = await createCustomerAs(t.graphqlUrl, token, { companyName: `Row ${randomUUID()}`, tags: ['x'] });
        await gql(t.graphqlUrl, 'mutation($id: ID!) { addContact(customerId: $id, input: { name: "P" }) { contact { id } } }', { id }, { token });
      }
      await gql(t.graphqlUrl, GRID, {}, { token }); // reference data (tiers) is read once per instance
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

describe('the input boundary', () => {
  let t: TestServer;
  let rep: { email: string };
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    rep = await makeUser(t.dataSource);
    token = await loginAs(t.graphqlUrl, rep);
  });
  afterAll(() => t.stop());

  const rowCount = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const fieldsOf = (res: GraphQLResponse) => (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
  const LOG_FOLLOW_UP = 'mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id content } } }';

  it('refuses a NUL byte in a customer name, naming the field, and writes nothing', async () => {
    const before = await rowCount('customers');
    const res = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'Acme\u0000 Ltd' } }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.companyName']);
    expect(await rowCount('customers')).toBe(before);
  });

  it('refuses a NUL byte in follow-up content and writes nothing; line breaks and tabs are fine there', async () => {
    const customerId = await createCustomerAs(t.graphqlUrl, token, { companyName: `Follow Up ${randomUUID()}` });
    const before = await rowCount('follow_ups');
    const input = { customerId, type: 'CALL', content: 'Called them\u0000 twice about the renewal' };
    const res = await gql(t.graphqlUrl, LOG_FOLLOW_UP, { input }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.content']);
    expect(await rowCount('follow_ups')).toBe(before);

    const multiline = await gql(t.graphqlUrl, LOG_FOLLOW_UP, { input: { ...input, content: 'Called twice:\r\n- renewal\n-\tpricing' } }, { token });
    expect(multiline.errors).toBeUndefined();
    expect(multiline.data.logFollowUp.followUp.content).toContain('\tpricing');
  });

  it('refuses a NUL byte in a login email before anything is looked up or counted', async () => {
    const sessions = await rowCount('sessions');
    const res = await gql(t.graphqlUrl, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email: `${rep.email}\u0000`, password: TEST_PASSWORD },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.email']);
    expect(await rowCount('sessions')).toBe(sessions);
  });

  it('refuses text-direction overrides and line breaks in a company name, but not right-to-left text', async () => {
    for (const companyName of ['Acme\u202egnp.exe', 'Acme \u2067Ltd\u2069', 'Acme\nLtd', 'Acme\u0085Ltd']) {
      const res = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName } }, { token });
      expect(errorCode(res), JSON.stringify(companyName)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['input.companyName']);
    }
    const arabic = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: `شركة أكمي ${randomUUID().slice(0, 8)}` } }, { token });
    expect(arabic.errors).toBeUndefined();
  });

  it('names the item of a list and the field of a nested input', async () => {
    const res = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'Tagged', tags: ['ok', 'bad\u0000'] } }, { token });
    expect(fieldsOf(res)).toEqual(['input.tags.1']);
    const check = await gql(
      t.graphqlUrl,
      'query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) { verdict } }',
      { input: { contacts: [{ emails: ['a@b.test'] }, { emails: ['\u202ea@b.test'] }] } },
      { token },
    );
    expect(fieldsOf(check)).toEqual(['input.contacts.1.emails.0']);
  });

  it('applies the same boundary to operations over WebSocket', async () => {
    const client = wsClient(t.wsUrl, token);
    try {
      const sub = subscribe(client, 'query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) { verdict } }', {
        input: { companyName: 'Acme\u0000' },
      });
      await sub.until(() => sub.done || sub.events.length > 0);
      const errors = sub.events[0]?.errors as GraphQLResponse['errors'];
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['input.companyName']);
    } finally {
      await client.dispose();
    }
  });

  describe('cursors', () => {
    const PAGE = 'query($after: String, $sort: CustomerSort) { customers(first: 2, after: $after, sort: $sort) { edges { node { companyName } } pageInfo { endCursor } } }';
    const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const byName = { field: 'COMPANY_NAME', direction: 'ASC' };

    beforeAll(async () => {
      for (const name of ['Cursor A', 'Cursor B', 'Cursor C']) await createCustomerAs(t.graphqlUrl, token, { companyName: `${name} ${randomUUID()}` });
    });

    it.each([
      ['not base64 JSON', 'garbage!'],
      ['a key that is no timestamp', forge(['UPDATED_AT', 'not a date', 1])],
      ['a timestamp PostgreSQL would refuse', forge(['UPDATED_AT', '2026-02-30 09:00:00+00', 1])],
      ['an id past 2^31', forge(['UPDATED_AT', '2026-11-22 09:00:00+00', 99_999_999_999])],
      ['a NUL in a name key', forge(['COMPANY_NAME', 'Cursor\u0000', 1])],
      ['a cursor of another sort', forge(['COMPANY_NAME', 'Cursor A', 1])],
      ['the old two-part shape', forge(['2026-11-22 09:00:00+00', 1])],
    ])('refuses %s as BAD_USER_INPUT naming after', async (_what, after) => {
      const res = await gql(t.graphqlUrl, PAGE, { after }, { token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['after']);
    });

    it('still pages with the cursors it hands out, in every sort', async () => {
      for (const sort of [byName, { field: 'UPDATED_AT', direction: 'DESC' }, { field: 'PROTECTED_UNTIL', direction: 'ASC' }, { field: 'OWNED_SINCE', direction: 'DESC' }]) {
        const first = await gql(t.graphqlUrl, PAGE, { sort }, { token });
        const next = await gql(t.graphqlUrl, PAGE, { sort, after: first.data.customers.pageInfo.endCursor }, { token });
        expect(next.errors, JSON.stringify(sort)).toBeUndefined();
        const seen = [...first.data.customers.edges, ...next.data.customers.edges].map((e: { node: { companyName: string } }) => e.node.companyName);
        expect(new Set(seen).size).toBe(seen.length);
      }
    });
  });

  it.each([
    ['a variable of the wrong type, by its name', 'query($inPool: Boolean) { industries(pool: $inPool) }', { inPool: 'yes' }, 'inPool'],
    ['an unknown enum value deep in an input', 'query($sort: CustomerSort) { customers(sort: $sort) { totalCount } }', { sort: { field: 'NOPE', direction: 'ASC' } }, 'sort.field'],
    ['null in a list of non-null items', CREATE_CUSTOMER, { input: { companyName: 'Listy', tags: ['a', null] } }, 'input.tags.1'],
    ['a missing required variable', CREATE_CUSTOMER, {}, 'input'],
    ['null for a defaulted non-null argument', 'query($pool: Boolean) { industries(pool: $pool) }', { pool: null }, 'pool'],
  ])('answers %s with BAD_USER_INPUT and the field it names', async (_what, query, variables, field) => {
    const res = await gql(t.graphqlUrl, query, variables, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([field]);
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
