import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const EDIT = 'mutation($id: ID!, $industry: String) { updateCustomer(id: $id, input: { industry: $industry }) { customer { id } } }';
const CLAIM = 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok code } }';
const RETURN = 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }';

/**
 * A customer is two rows (the record and its ownership row). Every writer locks the ownership
 * row first and the record after it, so edits and claims of the same customers at once all go
 * through: no deadlock, no lost claim. (concurrent-edits.test.ts checks no edit is lost.)
 */
describe('customer locks: edits, claims and returns at once', () => {
  let t: TestServer;
  let adminToken: string;
  let repTokens: string[];
  let pool: string[];

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-10-01T08:00:00Z' });
    adminToken = await loginAs(t.graphqlUrl, await makeUser(t.dataSource, { role: 'ADMIN' }));
    const reps = await Promise.all(Array.from({ length: 6 }, (_, i) => makeUser(t.dataSource, { name: `Racer ${i}` })));
    repTokens = await Promise.all(reps.map((r) => loginAs(t.graphqlUrl, r)));
    pool = [];
    for (const name of ['Anchor', 'Buoy', 'Cleat', 'Davit', 'Ensign', 'Fender']) {
      const id = await createCustomerAs(t.graphqlUrl, repTokens[0], { companyName: `${name} Marine Supplies` });
      expect((await gql(t.graphqlUrl, RETURN, { id }, { token: repTokens[0] })).errors).toBeUndefined();
      pool.push(id);
    }
  });
  afterAll(() => t.stop());

  it('never deadlocks: every edit succeeds and each customer is claimed exactly once', async () => {
    const edits = pool.flatMap((id) => Array.from({ length: 4 }, (_, k) => gql(t.graphqlUrl, EDIT, { id, industry: `Marine ${k}` }, { token: adminToken })));
    const claims = pool.flatMap((id) => repTokens.slice(1).map((token) => gql(t.graphqlUrl, CLAIM, { ids: [id] }, { token })));
    const [edited, claimed] = await Promise.all([Promise.all(edits), Promise.all(claims)]);
    expect(edited.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    expect(claimed.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const wins = claimed.filter((r) => r.data.claimCustomers[0].ok).length;
    expect(wins).toBe(pool.length);
    const owners = await t.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE customer_id = ANY($1) AND owner_id IS NOT NULL', [pool]);
    expect(owners[0].n).toBe(pool.length);
  });
});
