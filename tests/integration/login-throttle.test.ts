import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@berth/domain';
import { throttledAddressOf } from '../../server/src/modules/auth/client-address';
import { startAnotherInstance, startTestServer, type TestServer } from '../support/test-server';
import { errorCode, wsClient, type GraphQLResponse } from '../support/graphql-client';
import { TEST_PASSWORD, loginAs, makeUser } from '../support/factories';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const WINDOW_MS = 15 * 60_000; // the default BERTH_LOGIN_WINDOW_MINUTES

/** A sign-in as a browser behind the test's proxy would send it: `from` becomes X-Forwarded-For. */
async function login(graphqlUrl: string, email: string, password: string, from?: string): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (from) headers['x-forwarded-for'] = from;
  const res = await fetch(graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }) });
  const body = await res.json();
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

const retryAtOf = (res: GraphQLResponse) => (res.errors?.[0]?.extensions as { retryAt?: string } | undefined)?.retryAt;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('login throttling', () => {
  let t: TestServer;
  beforeAll(async () => {
    // The test plays a proxy on loopback, so each test can sign in from addresses of its own.
    t = await startTestServer({ config: { trustProxy: 'loopback' } });
  });
  afterAll(() => t.stop());

  it('refuses even the right password after 5 failures, says when to retry, and lets it in once the window has passed', async () => {
    const user = await makeUser(t.dataSource);
    const start = t.clock.now();
    for (let i = 0; i < 5; i++) expect(errorCode(await login(t.graphqlUrl, user.email, `wrong-${i}`, '203.0.113.1'))).toBe('INVALID_CREDENTIALS');

    const refused = await login(t.graphqlUrl, user.email, TEST_PASSWORD, '203.0.113.1');
    expect(refused.status).toBe(200);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({
      message: ERROR_CODES.LOGIN_THROTTLED.defaultMessage,
      extensions: { code: 'LOGIN_THROTTLED', retryAt: new Date(start.getTime() + WINDOW_MS).toISOString() },
    });
    // Per account: another address gets the same answer, and a wrong password no longer says it is wrong.
    expect(retryAtOf(await login(t.graphqlUrl, user.email, TEST_PASSWORD, '203.0.113.99'))).toBe(retryAtOf(refused));
    expect(errorCode(await login(t.graphqlUrl, ` ${user.email.toUpperCase()} `, 'wrong', '203.0.113.1'))).toBe('LOGIN_THROTTLED');

    t.clock.set(new Date(start.getTime() + WINDOW_MS - 1000));
    expect(errorCode(await login(t.graphqlUrl, user.email, TEST_PASSWORD, '203.0.113.1'))).toBe('LOGIN_THROTTLED');
    t.clock.advance(1000);
    const admitted = await login(t.graphqlUrl, user.email, TEST_PASSWORD, '203.0.113.1');
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data.login.token).toBeTruthy();
  });

  it('throttles an unknown email exactly like a real one', async () => {
    const user = await makeUser(t.dataSource);
    const answers = async (email: string) => {
      const out = [];
      for (let i = 0; i < 6; i++) out.push(await login(t.graphqlUrl, email, 'wrong', '203.0.113.2'));
      return out.map((r) => r.errors);
    };
    expect(await answers('nobody-at-all@example.test')).toEqual(await answers(user.email));
  });

  it('a success resets the account count, and only gives the address back its own attempt', async () => {
    const user = await makeUser(t.dataSource);
    const from = '203.0.113.3';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) expect(errorCode(await login(t.graphqlUrl, user.email, 'wrong', from))).toBe('INVALID_CREDENTIALS');
      expect((await login(t.graphqlUrl, user.email, TEST_PASSWORD, from)).data?.login.token).toBeTruthy();
    }
    const [account] = await t.dataSource.query('SELECT failures FROM login_throttles WHERE key_hash = $1', [sha256(`account:${user.email}`)]);
    const [address] = await t.dataSource.query('SELECT failures FROM login_throttles WHERE key_hash = $1', [sha256(`address:${from}`)]);
    expect(account).toBeUndefined();
    expect(address.failures).toBe(8);

    for (let i = 0; i < 5; i++) await login(t.graphqlUrl, user.email, 'wrong', from);
    expect(errorCode(await login(t.graphqlUrl, user.email, TEST_PASSWORD, from))).toBe('LOGIN_THROTTLED');
  });

  it('refuses an address after 20 failures across several accounts, without locking those accounts out elsewhere', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => makeUser(t.dataSource)));
    const start = t.clock.now();
    for (const user of users.slice(0, 5)) {
      for (let i = 0; i < 4; i++) expect(errorCode(await login(t.graphqlUrl, user.email, 'wrong', '198.51.100.7'))).toBe('INVALID_CREDENTIALS');
    }
    const refused = await login(t.graphqlUrl, users[5].email, TEST_PASSWORD, '198.51.100.7');
    expect(errorCode(refused)).toBe('LOGIN_THROTTLED');
    expect(retryAtOf(refused)).toBe(new Date(start.getTime() + WINDOW_MS).toISOString());
    // A colleague at another address, and the same people there, are unaffected.
    expect((await login(t.graphqlUrl, users[5].email, TEST_PASSWORD, '198.51.100.8')).data?.login.token).toBeTruthy();
    expect((await login(t.graphqlUrl, users[0].email, TEST_PASSWORD, '198.51.100.8')).data?.login.token).toBeTruthy();
  });

  it('counts an IPv6 client by its /64, so rotating addresses within it does not escape the limit', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => makeUser(t.dataSource)));
    for (let n = 0; n < 20; n++) {
      const user = users[n % 5];
      expect(errorCode(await login(t.graphqlUrl, user.email, 'wrong', `2001:db8:7:1::${(n + 1).toString(16)}`))).toBe('INVALID_CREDENTIALS');
    }
    expect(errorCode(await login(t.graphqlUrl, users[5].email, TEST_PASSWORD, '2001:db8:7:1:ffff::1'))).toBe('LOGIN_THROTTLED');
    expect((await login(t.graphqlUrl, users[5].email, TEST_PASSWORD, '2001:db8:7:2::1')).data?.login.token).toBeTruthy();

    expect(throttledAddressOf('2001:DB8:7:1:0:0:0:1')).toBe('2001:db8:7:1::/64');
    expect(throttledAddressOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttledAddressOf('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(throttledAddressOf('192.0.2.10')).toBe('192.0.2.10');
  });

  it('lets at most 5 of a burst of concurrent guesses reach the password check', async () => {
    const user = await makeUser(t.dataSource);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(t.graphqlUrl, user.email, `guess-${i}`, `203.0.113.${100 + i}`)));
    const codes = answers.map(errorCode);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED')).toHaveLength(25);
  });

  it('does not sign in over a WebSocket, where there is no client address to count', async () => {
    const user = await makeUser(t.dataSource);
    const client = wsClient(t.wsUrl, await loginAs(t.graphqlUrl, user));
    const result = await new Promise<any>((resolve, reject) => {
      client.subscribe({ query: LOGIN, variables: { input: { email: user.email, password: 'wrong' } } }, { next: resolve, error: reject, complete: () => undefined });
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    await client.dispose();
  });

  describe('across instances', () => {
    let other: Awaited<ReturnType<typeof startAnotherInstance>>;
    beforeAll(async () => {
      other = await startAnotherInstance(t); // trusts no proxy (the default)
    });
    afterAll(() => other.stop());

    it('two instances share the counts', async () => {
      const user = await makeUser(t.dataSource);
      for (let i = 0; i < 3; i++) expect(errorCode(await login(t.graphqlUrl, user.email, 'wrong', '192.0.2.50'))).toBe('INVALID_CREDENTIALS');
      for (let i = 0; i < 2; i++) expect(errorCode(await login(other.graphqlUrl, user.email, 'wrong'))).toBe('INVALID_CREDENTIALS');
      expect(errorCode(await login(t.graphqlUrl, user.email, TEST_PASSWORD, '192.0.2.50'))).toBe('LOGIN_THROTTLED');
      expect(errorCode(await login(other.graphqlUrl, user.email, TEST_PASSWORD))).toBe('LOGIN_THROTTLED');
    });

    it('ignores X-Forwarded-For from a client when no proxy is trusted', async () => {
      t.clock.advance(WINDOW_MS); // a fresh window for this instance's one address
      const users = await Promise.all(Array.from({ length: 6 }, () => makeUser(t.dataSource)));
      for (let n = 0; n < 20; n++) {
        const spoofed = `192.0.2.${n + 1}`; // a different claimed address each time
        expect(errorCode(await login(other.graphqlUrl, users[n % 5].email, 'wrong', spoofed))).toBe('INVALID_CREDENTIALS');
      }
      expect(errorCode(await login(other.graphqlUrl, users[5].email, TEST_PASSWORD, '192.0.2.200'))).toBe('LOGIN_THROTTLED');
    });
  });
});
