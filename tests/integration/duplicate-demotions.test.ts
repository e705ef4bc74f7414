import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_RULES, type DuplicateRules, type MatchEvidence } from '@berth/domain';
import { DEMOTION_CASES, domainJudgement, reasonsOf, rulesOf } from '../../packages/domain/test/dedupe-demotion-cases';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeUser } from '../support/factories';

const CHECK = `query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) {
  verdict matches { verdict customer { companyName } evidence { dimension method inputValue existingValue score action demotedBecause sharedBy } } } }`;
const SET_RULES = 'mutation($input: DuplicateRulesInput!) { updateDuplicateRules(input: $input) { similarNameThreshold } }';

/**
 * The demotions as the server decides them, from the keys and counts it reads in the database,
 * against the domain's decision on the same table (packages/domain/test/dedupe-demotion-cases.ts):
 * every case's existing customers are stored, then its new customer is checked.
 */
describe('demoted blocks: the server and the domain agree', () => {
  let t: TestServer;
  let admin: string;
  let rep: string;
  const setRules = async (rules: DuplicateRules) => expect((await gql(t.graphqlUrl, SET_RULES, { input: rules }, { token: admin })).errors).toBeUndefined();

  beforeAll(async () => {
    t = await startTestServer();
    admin = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { role: 'ADMIN' }));
    rep = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    // The existing customers of a case may match each other (three sharing a phone): stored while every rule only warns.
    await setRules({ ...DEFAULT_DUPLICATE_RULES, rules: DEFAULT_DUPLICATE_RULES.rules.map((r) => ({ ...r, action: 'WARN' })) });
    for (const c of DEMOTION_CASES) {
      for (const existing of c.existing) await createCustomerAs(t.graphqlUrl, rep, { ...existing, acknowledgeDuplicates: true });
    }
  });
  afterAll(() => t.stop());

  it.each(DEMOTION_CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    await setRules(rulesOf(c));
    const res = await gql(t.graphqlUrl, CHECK, { input: c.input }, { token: rep });
    expect(res.errors).toBeUndefined();
    const { verdict, matches } = res.data.checkDuplicates as { verdict: string; matches: { evidence: MatchEvidence[] }[] };
    const server = { verdict, reasons: reasonsOf(matches.flatMap((m) => m.evidence)) };
    expect(server).toEqual(domainJudgement(c));
    expect(server).toEqual({ verdict: c.verdict, reasons: c.reasons });
  });
});

/**
 * PRODUCT.md: two customers must never be created for one company because two reps pressed save
 * at the same moment, also when the check only warns: a new branch of a chain warns about the
 * chain's customer in another city, both reps acknowledge, and the key locks still let one through.
 */
describe('two reps saving the same new branch at once', () => {
  let t: TestServer;
  let reps: string[];
  beforeAll(async () => {
    t = await startTestServer();
    reps = [];
    for (let i = 0; i < 3; i++) reps.push(await loginAs(t.graphqlUrl, await makeUser(t.dataSource)));
    await createCustomerAs(t.graphqlUrl, reps[2], { companyName: 'Superdawg Drive-In', phone: '+1 773 555 0110' });
  });
  afterAll(() => t.stop());

  it('warns each of them about the chain, then creates exactly one customer', async () => {
    const branch = { companyName: 'Superdawg Drive-In', phone: '+1 212 555 0110' };
    const checks = await Promise.all(reps.slice(0, 2).map((token) => gql(t.graphqlUrl, CHECK, { input: branch }, { token })));
    for (const check of checks) {
      expect(check.data.checkDuplicates.verdict).toBe('WARN');
      expect(check.data.checkDuplicates.matches[0].evidence).toMatchObject([{ dimension: 'NAME', action: 'WARN', demotedBecause: 'CHAIN_BRANCH', sharedBy: null }]);
    }
    const saves = await Promise.all(reps.slice(0, 2).map((token) => gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { ...branch, acknowledgeDuplicates: true } }, { token })));
    expect(saves.filter((r) => r.data?.createCustomer)).toHaveLength(1);
    const refused = saves.filter((r) => errorCode(r) === 'DUPLICATE_CUSTOMER');
    expect(refused).toHaveLength(1);
    // Refused on the branch the other rep has just saved, not on the chain's customer in Chicago.
    const blocking = (refused[0].errors![0].extensions as any).duplicates.matches.find((m: any) => m.verdict === 'BLOCK');
    expect(blocking.evidence.map((e: MatchEvidence) => e.dimension).sort()).toEqual(['NAME', 'PHONE']);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE name_key = 'superdawg drive in'`);
    expect(n).toBe(2);
  });
});
