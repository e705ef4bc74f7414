import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { TEST_PASSWORD, loginAs, makeUser } from '../support/factories';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { id email role } } }';
const ME = '{ me { id email } }';

describe('login, sessions and logout', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('returns a bearer token and sets an httpOnly cookie that both authenticate', async () => {
    const user = await makeUser(t.dataSource, { email: 'Mixed.Case@Example.test'.toLowerCase() });
    const res = await gql(t.graphqlUrl, LOGIN, { input: { email: ' MIXED.case@example.test ', password: TEST_PASSWORD } });
    expect(res.errors).toBeUndefined();
    const token = res.data.login.token;
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/berth_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    expect((await gql(t.graphqlUrl, ME, {}, { token })).data.me.id).toBe(String(user.id));
    const cookie = setCookie.split(';')[0];
    expect((await gql(t.graphqlUrl, ME, {}, { cookie })).data.me.id).toBe(String(user.id));
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await makeUser(t.dataSource);
    const wrong = await gql(t.graphqlUrl, LOGIN, { input: { email: user.email, password: 'nope' } });
    const unknown = await gql(t.graphqlUrl, LOGIN, { input: { email: 'nobody@example.test', password: 'nope' } });
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors).toEqual(wrong.errors);
    expect(wrong.status).toBe(unknown.status);
  });

  it('refuses disabled users at login and ends their existing sessions', async () => {
    const admin = await makeUser(t.dataSource, { role: 'ADMIN' });
    const rep = await makeUser(t.dataSource);
    const adminToken = await loginAs(t.graphqlUrl, admin);
    const repToken = await loginAs(t.graphqlUrl, rep);

    const disable = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id disabled } }',
      { id: String(rep.id) },
      { token: adminToken },
    );
    expect(disable.data.setUserDisabled.disabled).toBe(true);

    expect((await gql(t.graphqlUrl, ME, {}, { token: repToken })).data.me).toBeNull();
    expect(errorCode(await gql(t.graphqlUrl, '{ customers { totalCount } }', {}, { token: repToken }))).toBe('UNAUTHENTICATED');
    const again = await gql(t.graphqlUrl, LOGIN, { input: { email: rep.email, password: TEST_PASSWORD } });
    expect(errorCode(again)).toBe('INVALID_CREDENTIALS');
  });

  it('only admins may disable users', async () => {
    const rep = await makeUser(t.dataSource);
    const other = await makeUser(t.dataSource);
    const token = await loginAs(t.graphqlUrl, rep);
    const res = await gql(t.graphqlUrl, 'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id } }', { id: String(other.id) }, { token });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('logout revokes the token and clears the cookie', async () => {
    const user = await makeUser(t.dataSource);
    const token = await loginAs(t.graphqlUrl, user);
    const out = await gql(t.graphqlUrl, 'mutation { logout }', {}, { token });
    expect(out.data.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/berth_token=;/);
    expect((await gql(t.graphqlUrl, ME, {}, { token })).data.me).toBeNull();
  });

  it('expires sessions by the server clock', async () => {
    const user = await makeUser(t.dataSource);
    const token = await loginAs(t.graphqlUrl, user);
    t.clock.advance(15 * 86_400_000); // default session length is 14 days
    expect((await gql(t.graphqlUrl, ME, {}, { token })).data.me).toBeNull();
    t.clock.advance(-15 * 86_400_000);
  });

  it('asks for sign-in on protected operations without a token or with garbage', async () => {
    expect(errorCode(await gql(t.graphqlUrl, '{ customers { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.graphqlUrl, '{ customers { totalCount } }', {}, { token: 'garbage' }))).toBe('UNAUTHENTICATED');
    expect((await gql(t.graphqlUrl, ME)).data.me).toBeNull();
  });
});
