import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { CREATE_CUSTOMER, loginAs, makeUser } from '../support/factories';

/** PRODUCT.md: two customers must never be created for one company because two reps pressed save at once. */
describe('creating the same company at the same moment', () => {
  let t: TestServer;
  let tokens: string[];
  beforeAll(async () => {
    t = await startTestServer();
    const reps = await Promise.all(Array.from({ length: 60 }, () => makeUser(t.dataSource)));
    tokens = [];
    for (const rep of reps) tokens.push(await loginAs(t.graphqlUrl, rep));
  });
  afterAll(() => t.stop());

  const spellings = ['Nimbus Robotics Ltd', 'NIMBUS ROBOTICS LIMITED', 'Nimbus Robotics Co., Ltd.', 'nimbus robotics', 'The Nimbus Robotics, Inc.'];

  it('lets exactly one of 60 concurrent creates through (same company, five spellings)', async () => {
    const results = await Promise.all(
      tokens.map((token, i) => gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: spellings[i % spellings.length] } }, { token })),
    );
    const created = results.filter((r) => r.data?.createCustomer);
    const refused = results.filter((r) => errorCode(r) === 'DUPLICATE_CUSTOMER');
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(tokens.length - 1);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE name_key = 'nimbus robotics'`);
    expect(n).toBe(1);
  });

  it('serialises on every key, not only the name: same phone, different names', async () => {
    const results = await Promise.all(
      tokens.slice(0, 50).map((token, i) =>
        gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: `Phone Twin ${String.fromCharCode(65 + (i % 26))}${i}`, phone: '+1 415 555 0199' } }, { token }),
      ),
    );
    expect(results.filter((r) => r.data?.createCustomer)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'DUPLICATE_CUSTOMER')).toHaveLength(49);
  });
});
