import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { loginAs, makeDepartment, makeUser } from '../support/factories';

const ME = '{ me { id locale timeZone } }';
const SET = 'mutation($locale: String!) { setMyLocale(locale: $locale) { id locale } }';

/** Each user's dashboard language is remembered on the server; the zone is the team's. */
describe('the viewer language', () => {
  let t: TestServer;
  let viewer: string; // a manager: teamMembers shows them the colleague
  let colleague: { id: number };
  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-06T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const user = await makeUser(t.dataSource, { role: 'MANAGER', department: north });
    colleague = await makeUser(t.dataSource, { department: north });
    viewer = await loginAs(t.graphqlUrl, user);
  });
  afterAll(() => t?.stop());

  it('is null until chosen, with the team zone from the pool policy', async () => {
    const res = await gql(t.graphqlUrl, ME, {}, { token: viewer });
    expect(res.errors).toBeUndefined();
    expect(res.data.me.locale).toBeNull();
    expect(res.data.me.timeZone).toBe((await gql(t.graphqlUrl, '{ poolPolicy { teamTimeZone } }', {}, { token: viewer })).data.poolPolicy.teamTimeZone);
  });

  it('remembers a choice, reads any Chinese as zh-CN and anything unknown as English', async () => {
    expect((await gql(t.graphqlUrl, SET, { locale: 'zh-CN' }, { token: viewer })).data.setMyLocale.locale).toBe('zh-CN');
    expect((await gql(t.graphqlUrl, ME, {}, { token: viewer })).data.me.locale).toBe('zh-CN');
    expect((await gql(t.graphqlUrl, SET, { locale: 'zh-Hant-TW' }, { token: viewer })).data.setMyLocale.locale).toBe('zh-CN');
    expect((await gql(t.graphqlUrl, SET, { locale: 'fr-FR' }, { token: viewer })).data.setMyLocale.locale).toBe('en');
  });

  it('refuses an overlong tag with a coded field problem, and nobody signed out may set one', async () => {
    const long = await gql(t.graphqlUrl, SET, { locale: 'x'.repeat(200) }, { token: viewer });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'locale', rule: 'TOO_LONG', params: { max: 35 } }] });
    const anonymous = await gql(t.graphqlUrl, SET, { locale: 'en' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("shows nobody another person's language or zone", async () => {
    const res = await gql(t.graphqlUrl, 'query { teamMembers { id locale timeZone } }', {}, { token: viewer });
    const other = res.data.teamMembers.find((u: { id: string }) => u.id === String(colleague.id));
    expect(other).toEqual({ id: String(colleague.id), locale: null, timeZone: null });
  });
});
