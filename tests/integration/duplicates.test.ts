import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { COMMON_WORD_MIN_CUSTOMERS } from '@berth/domain';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const CHECK = `query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) {
  verdict matches { verdict customer { id companyName inPool protectedUntil owner { name departmentName } }
    evidence { dimension method inputValue existingValue score action } } } }`;

describe('duplicate checks', () => {
  let t: TestServer;
  let owner: { token: string; id: number };
  let other: { token: string; id: number };
  let acmeId: string;

  beforeAll(async () => {
    t = await startTestServer();
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const a = await makeUser(t.dataSource, { name: 'Li Wei', department: north });
    const b = await makeUser(t.dataSource, { name: 'Emma Novak', department: south });
    owner = { token: await loginAs(t.graphqlUrl, a), id: a.id };
    other = { token: await loginAs(t.graphqlUrl, b), id: b.id };
    acmeId = await createCustomerAs(t.graphqlUrl, owner.token, {
      companyName: 'Acme Trading Co., Ltd.',
      website: 'https://www.shop.acme.co.uk/about',
      email: 'sales@acme.co.uk',
      phone: '+86 21 6123 4567',
    });
    const contact = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Ann", emails: ["ann@acme-group.com"], phones: ["+86 138 0013 8000"] }) { contact { id } } }',
      { id: acmeId },
      { token: owner.token },
    );
    expect(contact.errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  const check = (input: object, token = other.token) => gql(t.graphqlUrl, CHECK, { input }, { token });

  it.each([
    ['the normalised name', { companyName: 'ACME TRADING LIMITED' }, 'NAME', 'EXACT'],
    ['the email', { companyName: 'Unrelated Name', email: ' Sales@ACME.co.uk ' }, 'EMAIL', 'EXACT'],
    ['the phone in another format', { companyName: 'Unrelated Name', phone: '(021) 6123-4567 ext. 8' }, 'PHONE', 'EXACT'],
    ['the domain of the website', { companyName: 'Unrelated Name', website: 'acme.co.uk' }, 'DOMAIN', 'EXACT'],
    ['the domain of an email', { companyName: 'Unrelated Name', email: 'someone@acme.co.uk' }, 'DOMAIN', 'EXACT'],
    ["a contact's email", { companyName: 'Unrelated Name', email: 'ann@acme-group.com' }, 'EMAIL', 'EXACT'],
    ["a contact's phone", { companyName: 'Unrelated Name', phone: '+86 138 0013 8000' }, 'PHONE', 'EXACT'],
  ])('blocks a match on %s and names the owner, nothing more', async (_what, input, dimension, method) => {
    const res = await check(input);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const result = res.data.checkDuplicates;
    expect(result.verdict).toBe('BLOCK');
    const [match] = result.matches;
    expect(match.customer).toMatchObject({ id: null, companyName: 'Acme Trading Co., Ltd.', inPool: false, owner: { name: 'Li Wei', departmentName: 'North' } });
    expect(new Date(match.customer.protectedUntil).getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect(match.evidence).toContainEqual(expect.objectContaining({ dimension, method, score: 1, action: 'BLOCK' }));
  });

  it('warns on a similar name and explains the score', async () => {
    const res = await check({ companyName: 'Acme Tradng Ltd' });
    const result = res.data.checkDuplicates;
    expect(result.verdict).toBe('WARN');
    const evidence = result.matches[0].evidence[0];
    expect(evidence).toMatchObject({ dimension: 'NAME', method: 'SIMILAR', inputValue: 'acme tradng', existingValue: 'acme trading', action: 'WARN' });
    expect(evidence.score).toBeGreaterThan(0.5);
    expect(evidence.score).toBeLessThan(1);
  });

  it('is clear for a different company sharing common words, and for free-mail addresses', async () => {
    const res = await check({ companyName: 'Acme Technology GmbH', email: 'someone@gmail.com' });
    expect(res.data.checkDuplicates).toEqual({ verdict: 'CLEAR', matches: [] });
  });

  it("shows the owner an id to open, and the owner's manager too", async () => {
    const res = await check({ companyName: 'Acme Trading' }, owner.token);
    expect(res.data.checkDuplicates.matches[0].customer.id).toBe(acmeId);
  });

  it('does not match a customer against itself when editing', async () => {
    const res = await check({ companyName: 'Acme Trading Co., Ltd.', excludeCustomerId: acmeId }, owner.token);
    expect(res.data.checkDuplicates.verdict).toBe('CLEAR');
  });

  it('refuses a blocked create with DUPLICATE_CUSTOMER and the matches, and writes nothing', async () => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM customers'))[0].n;
    const res = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'ACME TRADING LIMITED', acknowledgeDuplicates: true } }, { token: other.token });
    expect(errorCode(res)).toBe('DUPLICATE_CUSTOMER');
    expect(res.errors![0].message).toContain('owned by Li Wei');
    const duplicates = (res.errors![0].extensions as any).duplicates;
    expect(duplicates.verdict).toBe('BLOCK');
    expect(duplicates.matches[0].customer).toMatchObject({ id: null, companyName: 'Acme Trading Co., Ltd.' });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM customers'))[0].n).toBe(before);
  });

  it('needs an acknowledgement to save through a warning', async () => {
    const input = { companyName: 'Acme Tradng Ltd' };
    const refused = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input }, { token: other.token });
    expect(errorCode(refused)).toBe('DUPLICATE_NEEDS_ACKNOWLEDGEMENT');
    const saved = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { ...input, acknowledgeDuplicates: true } }, { token: other.token });
    expect(saved.errors).toBeUndefined();
  });

  it('checks edits that touch matched fields, and leaves other edits alone', async () => {
    const id = await createCustomerAs(t.graphqlUrl, other.token, { companyName: 'Zephyr Logistics' });
    const clash = await gql(t.graphqlUrl, 'mutation($id: ID!) { updateCustomer(id: $id, input: { phone: "021 6123 4567" }) { customer { id } } }', { id }, { token: other.token });
    expect(errorCode(clash)).toBe('DUPLICATE_CUSTOMER');
    const fine = await gql(t.graphqlUrl, 'mutation($id: ID!) { updateCustomer(id: $id, input: { industry: "Energy" }) { customer { id } } }', { id }, { token: other.token });
    expect(fine.errors).toBeUndefined();
  });

  it('keeps keys in step when contacts change', async () => {
    const id = await createCustomerAs(t.graphqlUrl, other.token, { companyName: 'Keys In Step' });
    const added = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Bo", emails: ["bo@keys-in-step.io"] }) { contact { id } } }',
      { id },
      { token: other.token },
    );
    const contactId = added.data.addContact.contact.id;
    expect((await check({ email: 'bo@keys-in-step.io' }, owner.token)).data.checkDuplicates.verdict).toBe('BLOCK');
    await gql(t.graphqlUrl, 'mutation($id: ID!) { removeContact(id: $id) { removedContactId } }', { id: contactId }, { token: other.token });
    const after = await check({ email: 'bo@keys-in-step.io' }, owner.token);
    expect(after.data.checkDuplicates.matches.filter((m: any) => m.evidence.some((e: any) => e.dimension === 'EMAIL'))).toEqual([]);
  });

  it.each([
    ['a legal form alone', { companyName: 'Co., Ltd.' }, 'companyName'],
    ['punctuation alone', { companyName: '!!! ...' }, 'companyName'],
    ['10,000 characters', { companyName: 'x'.repeat(10_000) }, 'companyName'],
    ['an invalid email', { companyName: 'Fine', email: 'not-an-email' }, 'email'],
    ['an invalid phone', { companyName: 'Fine', phone: 'call me maybe' }, 'phone'],
  ])('refuses %s with a field error', async (_what, input, field) => {
    const res = await check(input);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
    const create = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input }, { token: other.token });
    expect(errorCode(create)).toBe('BAD_USER_INPUT');
  });

  it('follows the admin rules: a dimension turned off no longer matches, a WARN no longer blocks', async () => {
    const admin = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { role: 'ADMIN' }));
    const rules = (await gql(t.graphqlUrl, '{ duplicateRules { similarNameThreshold rules { dimension method enabled action } } }', {}, { token: admin })).data.duplicateRules;
    const edited = {
      similarNameThreshold: rules.similarNameThreshold,
      rules: rules.rules.map((r: any) => (r.dimension === 'PHONE' ? { ...r, enabled: false } : r.dimension === 'EMAIL' ? { ...r, action: 'WARN' } : r)),
    };
    const saved = await gql(t.graphqlUrl, 'mutation($input: DuplicateRulesInput!) { updateDuplicateRules(input: $input) { similarNameThreshold } }', { input: edited }, { token: admin });
    expect(saved.errors).toBeUndefined();
    try {
      expect((await check({ companyName: 'Other', phone: '+86 21 6123 4567' })).data.checkDuplicates.verdict).toBe('CLEAR');
      expect((await check({ companyName: 'Other', email: 'sales@acme.co.uk' })).data.checkDuplicates.verdict).toBe('BLOCK'); // the domain still blocks
      const rep = await gql(t.graphqlUrl, 'mutation($input: DuplicateRulesInput!) { updateDuplicateRules(input: $input) { similarNameThreshold } }', { input: edited }, { token: other.token });
      expect(errorCode(rep)).toBe('FORBIDDEN');
      const bad = await gql(t.graphqlUrl, 'mutation($input: DuplicateRulesInput!) { updateDuplicateRules(input: $input) { similarNameThreshold } }', { input: { ...edited, similarNameThreshold: 0 } }, { token: admin });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    } finally {
      await gql(t.graphqlUrl, 'mutation($input: DuplicateRulesInput!) { updateDuplicateRules(input: $input) { similarNameThreshold } }', { input: rules }, { token: admin });
    }
  });

  it('recomputes stale stored keys at start-up when the key version changes', async () => {
    await t.dataSource.query(`UPDATE customers SET name_core = 'stale', name_key = 'stale' WHERE id = $1`, [acmeId]);
    await t.dataSource.query(`DELETE FROM customer_match_keys WHERE customer_id = $1`, [acmeId]);
    await t.dataSource.query(`DELETE FROM app_settings WHERE key = 'match-keys-version'`);
    const services = t.server.services;
    const refreshed = await services.duplicateGate.refreshStaleKeys(t.dataSource, services.repositories.settings, t.clock.now());
    expect(refreshed).toBeGreaterThan(0);
    const [row] = await t.dataSource.query('SELECT name_key, name_core FROM customers WHERE id = $1', [acmeId]);
    expect(row).toEqual({ name_key: 'acme trading', name_core: 'acme' });
    expect((await check({ email: 'sales@acme.co.uk', companyName: 'Other' })).data.checkDuplicates.verdict).toBe('BLOCK');
    expect(await services.duplicateGate.refreshStaleKeys(t.dataSource, services.repositories.settings, t.clock.now())).toBe(0);
  });

  it('takes a word out of distinctive names once it becomes common, and still finds misspelt brands', async () => {
    const first = await createCustomerAs(t.graphqlUrl, owner.token, { companyName: 'Huamei Golden Optics Ltd' });
    expect((await t.dataSource.query('SELECT name_core FROM customers WHERE id = $1', [first]))[0].name_core).toBe('huamei golden optics');
    // As if 998 more customers used the word already: the next one makes it common.
    await t.dataSource.query(`UPDATE name_word_counts SET customers = $1 - 1 WHERE word = 'golden'`, [COMMON_WORD_MIN_CUSTOMERS]);
    await createCustomerAs(t.graphqlUrl, owner.token, { companyName: 'Zhongbo Golden Ltd' });
    const cores = await t.dataSource.query(`SELECT company_name, name_core FROM customers WHERE company_name LIKE '%Golden%' ORDER BY id`);
    expect(cores).toEqual([
      { company_name: 'Huamei Golden Optics Ltd', name_core: 'huamei optics' },
      { company_name: 'Zhongbo Golden Ltd', name_core: 'zhongbo' },
    ]);
    const res = await check({ companyName: 'Huamie Golden Optics' });
    expect(res.data.checkDuplicates.verdict).toBe('WARN');
    expect(res.data.checkDuplicates.matches[0].customer.companyName).toBe('Huamei Golden Optics Ltd');
  });
});
