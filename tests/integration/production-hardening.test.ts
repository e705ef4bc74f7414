import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, wsClient } from '../support/graphql-client';
import { loginAs, makeUser, TEST_PASSWORD } from '../support/factories';

const MISSPELT_FIELD = '{ me { id naem } }';
const MISSPELT_ENUM = 'query($sort: CustomerSort) { customers(sort: $sort) { totalCount } }';

describe('production hardening', () => {
  let prod: TestServer;
  let dev: TestServer;
  beforeAll(async () => {
    // Production behind a proxy on this machine; development reached directly.
    prod = await startTestServer({ production: true, config: { trustProxy: 'loopback' } });
    dev = await startTestServer();
  });
  afterAll(async () => {
    await prod?.stop();
    await dev?.stop();
  });

  describe('error messages', () => {
    it('answers a misspelt field without naming the schema in production (development still suggests)', async () => {
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      const res = await gql(prod.graphqlUrl, MISSPELT_FIELD, {}, { token });
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0].message).toBe('Cannot query field "naem" on type "User".');

      const devToken = await loginAs(dev.graphqlUrl, await makeUser(dev.dataSource));
      const devRes = await gql(dev.graphqlUrl, MISSPELT_FIELD, {}, { token: devToken });
      expect(devRes.errors![0].message).toMatch(/Did you mean "name"\?$/);
    });

    it('answers a misspelt enum value in variables without suggesting the right one in production', async () => {
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      const res = await gql(prod.graphqlUrl, MISSPELT_ENUM, { sort: { field: 'COMPANY_NAM', direction: 'ASC' } }, { token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('Value "COMPANY_NAM" does not exist in "CustomerSortField" enum.');
      expect(res.errors![0].message).not.toContain('Did you mean');
    });

    it('answers a misspelt field over the WebSocket without suggestions', async () => {
      const token = await loginAs(prod.graphqlUrl, await makeUser(prod.dataSource));
      const client = wsClient(prod.wsUrl, token);
      const errors = await new Promise<any>((resolve) =>
        client.subscribe({ query: MISSPELT_FIELD }, { next: resolve, error: resolve, complete: () => undefined }),
      );
      await client.dispose();
      expect(errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0].message).toBe('Cannot query field "naem" on type "User".');
    });
  });

  describe('session cookie', () => {
    const cookieOfLogin = async (t: TestServer, headers: Record<string, string> = {}) => {
      const user = await makeUser(t.dataSource);
      const res = await fetch(t.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
          variables: { input: { email: user.email, password: TEST_PASSWORD } },
        }),
      });
      expect((await res.json()).data.login.token).toBeTruthy();
      return res.headers.get('set-cookie') ?? '';
    };

    it('is Secure when a trusted proxy says the request came over HTTPS', async () => {
      expect(await cookieOfLogin(prod, { 'x-forwarded-proto': 'https' })).toMatch(/^berth_token=[^;]+;.*; Secure/i);
    });

    it('is not Secure over plain HTTP', async () => {
      const cookie = await cookieOfLogin(prod);
      expect(cookie).toMatch(/^berth_token=[^;]+;/);
      expect(cookie).not.toMatch(/Secure/i);
    });

    it('ignores X-Forwarded-Proto when no proxy is trusted', async () => {
      const cookie = await cookieOfLogin(dev, { 'x-forwarded-proto': 'https' });
      expect(cookie).toMatch(/^berth_token=[^;]+;/);
      expect(cookie).not.toMatch(/Secure/i);
    });
  });
});

