import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionCache } from '../../server/src/modules/auth/session-cache';
import type { AuthenticatedUser } from '../../server/src/modules/auth/authenticated-user';
import { startAnotherInstance, startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { loginAs, makeUser } from '../support/factories';

const NOW = new Date('2026-12-06T09:00:00Z');
const user = (id: number, hash: string, expires = new Date('2026-12-20T00:00:00Z')): AuthenticatedUser => ({
  id,
  name: `User ${id}`,
  email: `u${id}@example.test`,
  role: 'REP',
  departmentId: null,
  departmentPath: null,
  sessionTokenHash: hash,
  sessionExpiresAt: expires,
});

describe('SessionCache', () => {
  let ms = 0;
  const cache = () => new SessionCache(1_000, () => ms);

  it('serves a lookup for one second of monotonic time, and never past the session’s expiry by the server clock', () => {
    ms = 0;
    const c = cache();
    c.put(user(1, 'a'), c.mark());
    c.put(user(2, 'b', new Date(NOW.getTime() + 10)), c.mark());
    expect(c.get('a', NOW)?.id).toBe(1);
    expect(c.get('b', new Date(NOW.getTime() + 10))).toBeNull();
    ms = 1_000;
    expect(c.get('a', NOW)).toBeNull();
  });

  it('forgets an ended session, or every session of an ended user', () => {
    ms = 0;
    const c = cache();
    for (const [id, hash] of [[1, 'a'], [1, 'b'], [2, 'c']] as const) c.put(user(id, hash), c.mark());
    c.end({ sessionTokenHash: 'a' });
    expect(c.get('a', NOW)).toBeNull();
    expect(c.get('b', NOW)?.id).toBe(1);
    c.end({ userId: 1 });
    expect(c.get('b', NOW)).toBeNull();
    expect(c.get('c', NOW)?.id).toBe(2);
  });

  it('stores nothing when the cache is off', () => {
    const c = new SessionCache(0, () => 0);
    c.put(user(1, 'a'), c.mark());
    expect(c.get('a', NOW)).toBeNull();
  });

  it('does not store a lookup that was in flight while a session ended', () => {
    ms = 0;
    const c = cache();
    const mark = c.mark();
    c.end({ sessionTokenHash: 'a' }); // the logout commits while the lookup still reads the old row
    c.put(user(1, 'a'), mark);
    expect(c.get('a', NOW)).toBeNull();
  });
});

describe('cached sessions on two instances', () => {
  let a: TestServer;
  let b: Awaited<ReturnType<typeof startAnotherInstance>>;
  beforeAll(async () => {
    a = await startTestServer();
    // B trusts what it looked up for a minute: only the session-ended event can make it let go in time.
    b = await startAnotherInstance(a, { sessionCacheMs: 60_000 });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  const meOn = async (url: string, token: string) => (await gql(url, '{ me { id } }', {}, { token })).data?.me ?? null;
  /** Polls until `ok` holds; gives how long it took (the deadline only bounds a failing test). */
  async function within(deadlineMs: number, ok: () => Promise<boolean>) {
    const start = Date.now();
    while (!(await ok())) {
      if (Date.now() - start > deadlineMs) throw new Error(`still not after ${deadlineMs} ms`);
      await new Promise((r) => setImmediate(r));
    }
    return Date.now() - start;
  }

  it('a logout on one instance ends the session the other has cached, without waiting out the cache', async () => {
    const rep = await makeUser(a.dataSource);
    const token = await loginAs(a.graphqlUrl, rep);
    expect(await meOn(b.graphqlUrl, token)).toEqual({ id: String(rep.id) }); // B has it cached now
    await gql(a.graphqlUrl, 'mutation { logout }', {}, { token });
    await within(5_000, async () => (await meOn(b.graphqlUrl, token)) === null);
    expect(await meOn(a.graphqlUrl, token)).toBeNull();
  });

  it('without the event, B would still serve the session (so the tests above prove the eviction)', async () => {
    const rep = await makeUser(a.dataSource);
    const token = await loginAs(a.graphqlUrl, rep);
    expect(await meOn(b.graphqlUrl, token)).not.toBeNull();
    await a.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [rep.id]); // no announcement
    expect(await meOn(b.graphqlUrl, token)).not.toBeNull();
  });

  it('disabling a user on one instance ends their sessions cached on the other', async () => {
    const admin = await loginAs(a.graphqlUrl, await makeUser(a.dataSource, { role: 'ADMIN' }));
    const rep = await makeUser(a.dataSource);
    const token = await loginAs(a.graphqlUrl, rep);
    expect(await meOn(b.graphqlUrl, token)).not.toBeNull();
    const disabled = await gql(a.graphqlUrl, 'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id } }', { id: String(rep.id) }, { token: admin });
    expect(disabled.errors).toBeUndefined();
    await within(5_000, async () => (await meOn(b.graphqlUrl, token)) === null);
  });
});
