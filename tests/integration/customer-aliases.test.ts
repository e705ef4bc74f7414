import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { loginAs, makeDepartment, makeUser } from '../support/factories';

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id aliases { kind name } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { customer { id aliases { kind name } } } }`;
const CHECK = `query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) {
  verdict matches { verdict customer { companyName } evidence { dimension method inputValue existingValue action existingAlias { kind name } pairedWords { input existing } } } } }`;

/**
 * Aliases: a customer's former, English and Chinese names and brands are checked and indexed like
 * its name — found exactly and as similar names, whichever side has the alias — and the clash
 * says which alias matched.
 */
describe('customer aliases', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown>) => gql(t.graphqlUrl, query, variables, { token: tokens[who] });
  const fieldsOf = (res: { errors?: { extensions?: { fields?: unknown } }[] }) => res.errors?.[0]?.extensions?.fields;
  let huatai: string;

  beforeAll(async () => {
    t = await startTestServer();
    const east = await makeDepartment(t.dataSource, 'East');
    const north = await makeDepartment(t.dataSource, 'North');
    tokens.zhang = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { department: east, name: 'Zhang Wei' }));
    tokens.li = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { department: north, name: 'Li Na' }));
    const created = await as('zhang', CREATE, {
      input: {
        companyName: '上海华泰纺织有限公司',
        aliases: [
          { kind: 'ENGLISH_NAME', name: ' Shanghai Huatai Textile Co., Ltd. ' },
          { kind: 'BRAND', name: 'Huatai Silkworks' },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    huatai = created.data.createCustomer.customer.id;
    expect(created.data.createCustomer.customer.aliases).toEqual([
      { kind: 'ENGLISH_NAME', name: 'Shanghai Huatai Textile Co., Ltd.' },
      { kind: 'BRAND', name: 'Huatai Silkworks' },
    ]);
  });
  afterAll(() => t.stop());

  it("blocks another team's save of the company under its English name, and says which alias matched", async () => {
    const check = await as('li', CHECK, { input: { companyName: 'SHANGHAI HUATAI TEXTILE CO LTD' } });
    expect(check.data.checkDuplicates.verdict).toBe('BLOCK');
    expect(check.data.checkDuplicates.matches[0]).toMatchObject({
      customer: { companyName: '上海华泰纺织有限公司' },
      evidence: [{ dimension: 'NAME', method: 'EXACT', action: 'BLOCK', existingAlias: { kind: 'ENGLISH_NAME', name: 'Shanghai Huatai Textile Co., Ltd.' } }],
    });
    const save = await as('li', CREATE, { input: { companyName: 'Shanghai Huatai Textile Co Ltd' } });
    expect(errorCode(save)).toBe('DUPLICATE_CUSTOMER');
    expect(JSON.stringify(save.errors?.[0]?.extensions)).toContain('ENGLISH_NAME');
  });

  it('warns of a misspelt alias as of a misspelt name, pairing the words', async () => {
    const check = await as('li', CHECK, { input: { companyName: 'Huatai Silkwork' } });
    expect(check.data.checkDuplicates.verdict).toBe('WARN');
    expect(check.data.checkDuplicates.matches[0].evidence).toEqual([
      expect.objectContaining({
        dimension: 'NAME',
        method: 'SIMILAR',
        existingAlias: { kind: 'BRAND', name: 'Huatai Silkworks' },
        pairedWords: [
          { input: 'huatai', existing: 'huatai' },
          { input: 'silkwork', existing: 'silkworks' },
        ],
      }),
    ]);
  });

  it("finds an existing customer by the new customer's alias: a renamed company saved under its new name", async () => {
    const check = await as('li', CHECK, { input: { companyName: 'Orient Weaving Group', aliases: ['上海华泰纺织有限公司'] } });
    expect(check.data.checkDuplicates.verdict).toBe('BLOCK');
    expect(check.data.checkDuplicates.matches[0].evidence[0]).toMatchObject({ dimension: 'NAME', method: 'EXACT', existingAlias: null });
    const save = await as('li', CREATE, { input: { companyName: 'Orient Weaving Group', aliases: [{ kind: 'FORMER_NAME', name: '上海华泰纺织有限公司' }] } });
    expect(errorCode(save)).toBe('DUPLICATE_CUSTOMER');
  });

  it('replaces the aliases on an edit: the old one no longer matches, the new one does, and [] clears them', async () => {
    const owned = await as('zhang', CREATE, { input: { companyName: 'Ningbo Harbour Ropes', aliases: [{ kind: 'BRAND', name: 'Bluewater Lines' }] } });
    const id = owned.data.createCustomer.customer.id;
    const verdict = async (name: string) => (await as('li', CHECK, { input: { companyName: name } })).data.checkDuplicates.verdict;
    expect(await verdict('Bluewater Lines')).toBe('BLOCK');
    const edited = await as('zhang', UPDATE, { id, input: { aliases: [{ kind: 'FORMER_NAME', name: 'Ningbo Rope Works' }] } });
    expect(edited.data.updateCustomer.customer.aliases).toEqual([{ kind: 'FORMER_NAME', name: 'Ningbo Rope Works' }]);
    expect(await verdict('Bluewater Lines')).toBe('CLEAR');
    expect(await verdict('Ningbo Rope Works Ltd')).toBe('BLOCK');
    // An edit that leaves aliases out keeps them.
    expect((await as('zhang', UPDATE, { id, input: { tags: ['ropes'] } })).data.updateCustomer.customer.aliases).toHaveLength(1);
    expect((await as('zhang', UPDATE, { id, input: { aliases: [] } })).data.updateCustomer.customer.aliases).toEqual([]);
    expect(await verdict('Ningbo Rope Works Ltd')).toBe('CLEAR');
  });

  it("finds a customer in its owner's list by an alias, and never someone else's customer", async () => {
    const LIST = `query($text: String) { customers(first: 20, filter: { text: $text }) { edges { node { companyName } } } }`;
    const names = async (who: string, text: string) => (await as(who, LIST, { text })).data.customers.edges.map((e: { node: { companyName: string } }) => e.node.companyName);
    expect(await names('zhang', 'huatai textile')).toEqual(['上海华泰纺织有限公司']);
    expect(await names('zhang', 'Silkworks')).toEqual(['上海华泰纺织有限公司']);
    expect(await names('li', 'huatai textile')).toEqual([]);
  });

  it('refuses aliases that are empty, the name itself, listed twice, too long or too many, naming each field', async () => {
    const bad = await as('zhang', CREATE, {
      input: {
        companyName: 'Acme Trading Ltd',
        aliases: [
          { kind: 'BRAND', name: '   ' },
          { kind: 'ENGLISH_NAME', name: 'ACME Trading Limited' },
          { kind: 'BRAND', name: 'Roadrunner Supply' },
          { kind: 'FORMER_NAME', name: 'Roadrunner  Supply' },
          { kind: 'BRAND', name: 'x'.repeat(201) },
          { kind: 'BRAND', name: 'GmbH' },
        ],
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual([
      expect.objectContaining({ field: 'aliases.0.name', rule: 'REQUIRED' }),
      expect.objectContaining({ field: 'aliases.1.name', rule: 'SAME_AS_COMPANY_NAME' }),
      expect.objectContaining({ field: 'aliases.3.name', rule: 'LISTED_TWICE' }),
      expect.objectContaining({ field: 'aliases.4.name', rule: 'TOO_LONG' }),
      expect.objectContaining({ field: 'aliases.5.name', rule: 'NAME_WITHOUT_SUBSTANCE' }),
    ]);
    const many = await as('zhang', CREATE, { input: { companyName: 'Many Names Ltd', aliases: Array.from({ length: 21 }, (_, i) => ({ kind: 'BRAND', name: `Brand ${i}` })) } });
    expect(fieldsOf(many)).toEqual([expect.objectContaining({ field: 'aliases', rule: 'TOO_MANY' })]);
    // An edit's aliases are held against the name the customer keeps.
    const sameAsKept = await as('zhang', UPDATE, { id: huatai, input: { aliases: [{ kind: 'CHINESE_NAME', name: '上海华泰纺织 有限公司' }] } });
    expect(fieldsOf(sameAsKept)).toEqual([expect.objectContaining({ field: 'aliases.0.name', rule: 'SAME_AS_COMPANY_NAME' })]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE company_name IN ('Acme Trading Ltd', 'Many Names Ltd')`);
    expect(n).toBe(0);
  });
});
