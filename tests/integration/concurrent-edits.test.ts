import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

/** Edits to one customer from many requests at once: each is applied whole, none is lost. */
describe('concurrent edits of one customer', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
  });
  afterAll(() => t.stop());

  it('keeps every contact added at the same moment', async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Busy Co' });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        gql(t.graphqlUrl, 'mutation($id: ID!, $name: String!) { addContact(customerId: $id, input: { name: $name }) { contact { id } } }', { id, name: `Person ${i}` }, { token }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM contacts WHERE customer_id = $1', [id]);
    expect(n).toBe(40);
  });

  it('keeps each field set by concurrent partial updates', async () => {
    const id = await createCustomerAs(t.graphqlUrl, token, { companyName: 'Many Hands Co' });
    const updates = [
      { industry: 'Energy' },
      { source: 'Referral' },
      { status: 'NEGOTIATING' },
      { website: 'manyhands.example' },
      { email: 'hi@manyhands.example' },
      { phone: '+1 415 555 0100' },
      { tier: 'B' },
      { tags: ['export'] },
    ];
    const results = await Promise.all(
      updates.map((input) =>
        gql(t.graphqlUrl, 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { customer { id } } }', { id, input }, { token }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const res = await gql(t.graphqlUrl, 'query($id: ID!) { customer(id: $id) { industry source status website email phone tier { code } tags } }', { id }, { token });
    expect(res.data.customer).toEqual({
      industry: 'Energy',
      source: 'Referral',
      status: 'NEGOTIATING',
      website: 'manyhands.example',
      email: 'hi@manyhands.example',
      phone: '+1 415 555 0100',
      tier: { code: 'B' },
      tags: ['export'],
    });
  });
});
