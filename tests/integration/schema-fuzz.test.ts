import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '@berth/domain';
import { MULTILINE_TEXT } from '../../server/src/graphql/multiline-text';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql, type GraphQLResponse } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser, TEST_PASSWORD } from '../support/factories';
import { POOL_POLICY_FIELDS } from '../support/pool-policy';
import { SchemaFuzzer, type FuzzCase } from '../support/schema-fuzz';

/**
 * Every argument of every Query and Mutation in the committed schema.graphql, and every field
 * of their input objects, gets bad values (see ../support/schema-fuzz.ts) as a rep and as an
 * admin, over HTTP. No answer may be a 5xx or an internal error; every BAD_USER_INPUT names
 * its fields; a refused mutation changes no row.
 */
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));

/** Bookkeeping a request may write whatever it asks: the session a login opens. */
const NOT_FINGERPRINTED = ['sessions', 'migrations'];
/**
 * Refusals whose job is to write: a duplicate refusal records the clash and tells the owner; a
 * failed sign-in counts toward the throttle. Any other refusal must leave every row as it was.
 */
const INTENDED_WRITES: Record<string, string[]> = {
  DUPLICATE_CUSTOMER: ['clashes', 'notifications'],
  DUPLICATE_NEEDS_ACKNOWLEDGEMENT: ['clashes', 'notifications'],
  INVALID_CREDENTIALS: ['login_throttles'],
  LOGIN_THROTTLED: ['login_throttles'],
};

describe('schema fuzz: bad input never becomes an internal error', () => {
  let t: TestServer;
  let tokens: { role: string; token: string }[];
  let fuzzCases: FuzzCase[];
  let tables: string[];

  beforeAll(async () => {
    t = await startTestServer();
    const home = await makeDepartment(t.dataSource, 'Fuzz home');
    const elsewhere = await makeDepartment(t.dataSource, 'Fuzz elsewhere');
    const rep = await makeUser(t.dataSource, { department: home });
    const otherRep = await makeUser(t.dataSource, { department: elsewhere });
    const admin = await makeUser(t.dataSource, { role: 'ADMIN' });
    const bystander = await makeUser(t.dataSource, { department: home });
    const repToken = await loginAs(t.graphqlUrl, rep);
    const adminToken = await loginAs(t.graphqlUrl, admin);
    tokens = [
      { role: 'rep', token: repToken },
      { role: 'admin', token: adminToken },
    ];

    const [{ id: regionId }] = await t.dataSource.query(`INSERT INTO regions (name) VALUES ('Fuzz region') RETURNING id`);
    const ownId = await createCustomerAs(t.graphqlUrl, repToken, { companyName: 'Fuzz Own Customer' });
    const poolId = await createCustomerAs(t.graphqlUrl, repToken, { companyName: 'Fuzz Pool Customer' });
    await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }', { id: poolId }, { token: repToken });
    const foreignId = await createCustomerAs(t.graphqlUrl, await loginAs(t.graphqlUrl, otherRep), { companyName: 'Fuzz Foreign Customer' });
    const contact = await gql(t.graphqlUrl, 'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Pat" }) { contact { id } } }', { id: ownId }, { token: repToken });
    const contactId: string = contact.data.addContact.contact.id;

    const policy = (await gql(t.graphqlUrl, `{ poolPolicy { ${POOL_POLICY_FIELDS} } }`, {}, { token: adminToken })).data.poolPolicy;
    const rules = (await gql(t.graphqlUrl, '{ duplicateRules { rules { action dimension enabled method } similarNameThreshold } }', {}, { token: adminToken })).data.duplicateRules;
    const inputs: Record<string, Record<string, unknown>> = { PoolPolicyInput: policy, DuplicateRulesInput: rules };

    const byCoordinate: Record<string, unknown> = {
      'Mutation.updateContact(id:)': contactId,
      'Mutation.removeContact(id:)': contactId,
      'Mutation.claimCustomers(ids:)': poolId,
      'Mutation.setUserDisabled(userId:)': String(bystander.id),
      'LoginInput.email': rep.email,
      'LoginInput.password': TEST_PASSWORD,
    };
    const byName = (name: string, n: number): unknown => {
      if (/^(id|ids|customerId|customerIds|excludeCustomerId)$/.test(name)) return ownId;
      if (/^(userId|toUserIds|ownerId)$/.test(name)) return String(rep.id);
      if (name === 'regionId') return String(regionId);
      if (name === 'companyName') return `Fuzz Company ${n}`;
      if (/^emails?$/.test(name)) return `fuzz${n}@fuzz${n}.example`;
      if (/^phones?$/.test(name)) return `+49 30 ${5_550_000 + n}`;
      if (name === 'website') return `fuzz${n}.example`;
      if (name === 'birthday') return '1980-04-23';
      if (name === 'tier') return 'B';
      if (name === 'teamTimeZone') return 'Europe/Berlin';
      if (name === 'reasonCode') return 'NO_CONTACT';
      if (name === 'content') return 'Called about the renewal; they want a quote';
      if (name === 'name') return 'Pat Doe';
      return undefined;
    };
    const byType = (type: GraphQLNamedType): unknown => {
      if (isEnumType(type)) return type.getValues()[0].name;
      return { ID: ownId, String: 'Fuzz', Int: 1, Float: 0.5, Boolean: false, DateTimeISO: '2026-11-20T09:00:00Z' }[type.name];
    };
    fuzzCases = new SchemaFuzzer(
      schema,
      {
        leaf: (coordinate, name, type, n) => (coordinate in byCoordinate ? byCoordinate[coordinate] : (byName(name, n) ?? byType(type))),
        input: (typeName) => inputs[typeName],
        alsoFill: new Set(['AssignCustomersInput.customerIds']),
      },
      { multiline: MULTILINE_TEXT, foreignCustomerId: foreignId },
    ).cases();

    tables = (
      await t.dataSource.query<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    )
      .map((r) => r.tablename)
      .filter((name) => !NOT_FINGERPRINTED.includes(name));
  });
  afterAll(() => t?.stop());

  /** A hash of every row of every table: one query, so it can run around each mutation. */
  async function fingerprint(): Promise<Record<string, string>> {
    const columns = tables.map((name) => `(SELECT md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) FROM "${name}" x) AS "${name}"`);
    const [row] = await t.dataSource.query(`SELECT ${columns.join(', ')}`);
    return row;
  }

  /** Everything wrong with one answer, in words a failure report can list. */
  function problemsOf(c: FuzzCase, res: GraphQLResponse): string[] {
    const problems: string[] = [];
    if (res.status >= 500) problems.push(`HTTP ${res.status}`);
    for (const e of res.errors ?? []) {
      const code = e.extensions?.code;
      if (!isErrorCode(code)) problems.push(`an error without a Berth code: ${e.message.slice(0, 200)}`);
      else if (ERROR_CODES[code].httpStatus >= 500) problems.push(`${code}: ${e.message.slice(0, 200)}`);
      if (code === 'BAD_USER_INPUT') {
        const fields = e.extensions?.fields;
        const wellFormed = Array.isArray(fields) && fields.length > 0 && fields.every((f) => typeof f.field === 'string' && typeof f.message === 'string');
        if (!wellFormed) problems.push(`BAD_USER_INPUT without extensions.fields: ${e.message.slice(0, 200)}`);
      }
    }
    if (c.mustRefuse) {
      const named = (res.errors ?? []).some(
        (e) => e.extensions?.code === 'BAD_USER_INPUT' && (e.extensions.fields ?? []).some((f) => (c.mustRefuse === 'exact' ? f.field === c.path : f.field.startsWith(c.path))),
      );
      if (!named) problems.push(`not refused as BAD_USER_INPUT naming ${c.path}: ${JSON.stringify(res.errors ?? res.data).slice(0, 300)}`);
    }
    return problems;
  }

  it('covers every argument of every operation in the schema', () => {
    const covered = new Set(fuzzCases.map((c) => `${c.field}(${c.path.split('.')[0]}:)`));
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        for (const arg of field.args) expect(covered, `${field.name}(${arg.name}:)`).toContain(`${field.name}(${arg.name}:)`);
      }
    }
  });

  it('answers every bad value with a code, names the fields, and writes nothing when it refuses', { timeout: 240_000 }, async () => {
    const runs = tokens.flatMap(({ role, token }) => fuzzCases.map((c) => ({ role, token, c })));
    const failures: string[] = [];
    const report = (role: string, c: FuzzCase, problems: string[]) => {
      for (const p of problems) failures.push(`${role} ${c.field} ${c.path} [${c.category}]: ${p}`);
    };

    // Mutations one at a time, each compared with the fingerprint the previous one left;
    // queries write nothing, so they run beside them in two more lanes.
    const mutations = async () => {
      let last = await fingerprint();
      for (const { role, token, c } of runs.filter((r) => r.c.operation === 'mutation')) {
        const res = await gql(t.graphqlUrl, c.query, c.variables, { token });
        const problems = problemsOf(c, res);
        const now = await fingerprint();
        if (res.errors?.length || res.status >= 400) {
          const allowed = res.errors?.flatMap((e) => INTENDED_WRITES[e.extensions?.code ?? ''] ?? []) ?? [];
          const changed = tables.filter((name) => last[name] !== now[name] && !allowed.includes(name));
          if (changed.length) problems.push(`refused, yet changed ${changed.join(', ')}`);
        }
        last = now;
        report(role, c, problems);
      }
    };
    const queries = runs.filter((r) => r.c.operation === 'query');
    const queryLane = async () => {
      for (let run = queries.shift(); run; run = queries.shift()) {
        report(run.role, run.c, problemsOf(run.c, await gql(t.graphqlUrl, run.c.query, run.c.variables, { token: run.token })));
      }
    };
    await Promise.all([mutations(), queryLane(), queryLane()]);
    expect(failures, `${failures.length} of ${runs.length} answers were wrong`).toEqual([]);
  });
});
