import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql, type GraphQLResponse } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const MISSING = '2000000000';
const HIDDEN_EMAIL = 'buyer@southern-sails.example';

/**
 * Every operation that names a customer (or one of its contacts) must answer for a customer
 * the caller may not see exactly as for an id that names nothing: same code, same message,
 * same shape. Each pair below is asked once with another team's id and once with a missing
 * id; the answers, with the id written as <id>, must be equal.
 */
const BY_CUSTOMER_ID: Record<string, string> = {
  customer: 'query($id: ID!) { customer(id: $id) { id companyName } }',
  poolCustomer: 'query($id: ID!) { poolCustomer(id: $id) { id companyName } }',
  updateCustomer: 'mutation($id: ID!) { updateCustomer(id: $id, input: { industry: "Probing" }) { customer { id } } }',
  addContact: 'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Probe Person" }) { contact { id } } }',
  logFollowUp: 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Probing whether this exists" }) { followUp { id } } }',
  returnCustomer: 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }',
  claimCustomers: 'mutation($id: ID!) { claimCustomers(ids: [$id]) { customerId ok code message } }',
  checkDuplicates: `query($id: ID!) { checkDuplicates(input: { email: "${HIDDEN_EMAIL}", excludeCustomerId: $id }) {
    verdict matches { verdict customer { id companyName inPool owner { name departmentName } } evidence { dimension } } } }`,
};
const BY_CONTACT_ID: Record<string, string> = {
  updateContact: 'mutation($id: ID!) { updateContact(id: $id, input: { title: "Probe" }) { contact { id } } }',
  removeContact: 'mutation($id: ID!) { removeContact(id: $id) { removedContactId } }',
};

/** The answer with the id it was asked about written as <id> in every string, so two answers can be compared whole. */
function asked(res: GraphQLResponse, id: string): unknown {
  const word = new RegExp(`\\b${id}\\b`, 'g');
  return JSON.parse(JSON.stringify({ data: res.data ?? null, errors: res.errors ?? null }), (_key, value) =>
    typeof value === 'string' ? value.replace(word, '<id>') : value,
  );
}

describe('no side channels: a hidden customer answers like a missing one', () => {
  let t: TestServer;
  const tokens = {} as Record<'southRep' | 'rep' | 'manager', string>;
  const users = {} as Record<'southRep' | 'southGone' | 'rep' | 'manager', { id: number; name: string }>;
  let hidden: string;
  let hiddenContact: string;
  let pooled: string;

  beforeAll(async () => {
    t = await startTestServer();
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const made = {
      southRep: await makeUser(t.dataSource, { department: south, name: 'Sam South' }),
      southGone: await makeUser(t.dataSource, { department: south, name: 'Gil Gone', disabled: true }),
      rep: await makeUser(t.dataSource, { department: north, name: 'Nia North' }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Mo Manager' }),
    };
    Object.assign(users, made);
    for (const who of ['southRep', 'rep', 'manager'] as const) tokens[who] = await loginAs(t.graphqlUrl, made[who]);
    hidden = await createCustomerAs(t.graphqlUrl, tokens.southRep, { companyName: 'Southern Sails Ltd', email: HIDDEN_EMAIL });
    const contact = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Hidden Person" }) { contact { id } } }',
      { id: hidden },
      { token: tokens.southRep },
    );
    hiddenContact = contact.data.addContact.contact.id;
    pooled = await createCustomerAs(t.graphqlUrl, tokens.southRep, { companyName: 'Pooled Pulleys' });
    await gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }', { id: pooled }, { token: tokens.southRep });
  });
  afterAll(() => t.stop());

  describe.each(['rep', 'manager'] as const)('to a %s of another team', (viewer) => {
    it.each(Object.entries(BY_CUSTOMER_ID))('%s', async (_name, query) => {
      const ofHidden = await gql(t.graphqlUrl, query, { id: hidden }, { token: tokens[viewer] });
      const ofMissing = await gql(t.graphqlUrl, query, { id: MISSING }, { token: tokens[viewer] });
      expect(asked(ofHidden, hidden)).toEqual(asked(ofMissing, MISSING));
    });

    it.each(Object.entries(BY_CONTACT_ID))('%s', async (_name, query) => {
      const ofHidden = await gql(t.graphqlUrl, query, { id: hiddenContact }, { token: tokens[viewer] });
      const ofMissing = await gql(t.graphqlUrl, query, { id: MISSING }, { token: tokens[viewer] });
      expect(asked(ofHidden, hiddenContact)).toEqual(asked(ofMissing, MISSING));
    });
  });

  it('refuses a claim of another team\'s customer as NOT_VISIBLE, not ALREADY_OWNED, word for word like a missing or malformed id', async () => {
    const res = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { customerId ok code message } }', { ids: [hidden, MISSING, 'abc'] }, { token: tokens.rep });
    expect(res.data.claimCustomers).toEqual([hidden, MISSING, 'abc'].map((customerId) => ({ customerId, ok: false, code: 'NOT_VISIBLE', message: 'Customer not found.' })));
  });

  it('lets checkDuplicates leave out only a customer the caller may edit', async () => {
    const check = (excludeCustomerId: string | null, token: string) =>
      gql(t.graphqlUrl, 'query($input: DuplicateCheckInput!) { checkDuplicates(input: $input) { verdict } }', { input: { email: HIDDEN_EMAIL, excludeCustomerId } }, { token });
    // The hidden customer still blocks: leaving it out would confirm its id.
    expect((await check(hidden, tokens.rep)).data.checkDuplicates.verdict).toBe('BLOCK');
    // Its owner editing it: the customer is not a duplicate of itself.
    expect((await check(hidden, tokens.southRep)).data.checkDuplicates.verdict).toBe('CLEAR');
  });

  it('assigns to a manager\'s own team only, refusing anyone else exactly like an id nobody has, naming nobody', async () => {
    const assign = (to: string) =>
      gql(t.graphqlUrl, 'mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok } }', { input: { customerIds: [pooled], toUserIds: [to] } }, { token: tokens.manager });
    const ofMissing = asked(await assign(MISSING), MISSING);
    for (const outsider of [users.southRep, users.southGone]) {
      const res = await assign(String(outsider.id));
      expect(asked(res, String(outsider.id))).toEqual(ofMissing);
      expect(res.errors![0].extensions!.fields).toEqual([{ field: 'toUserIds', message: `user ${outsider.id} is not in your team`, rule: 'NOT_IN_YOUR_TEAM', params: { id: String(outsider.id) } }]);
      expect(JSON.stringify(res)).not.toContain(outsider.name);
    }
    const ok = await assign(String(users.rep.id));
    expect(ok.data.assignCustomers).toEqual([{ ok: true }]);
  });
});
