import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnotherInstance, startTestServer, type TestServer } from '../support/test-server';
import { gql, subscribe, wsClient } from '../support/graphql-client';
import { loginAs, makeDepartment, makeUser } from '../support/factories';

const DAY = 86_400_000;
const CHANGES = 'subscription { myCustomersChanged { kind customerIds } }';

/**
 * Two instances on one database, as behind a load balancer: a session ended on one (logout,
 * a disabled user, expiry) closes its live sockets held by the other.
 */
describe('sessions end on every instance', () => {
  let a: TestServer;
  let b: Awaited<ReturnType<typeof startAnotherInstance>>;
  let admin: string;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startAnotherInstance(a);
    admin = await loginAs(a.graphqlUrl, await makeUser(a.dataSource, { role: 'ADMIN' }));
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  /** A socket streaming changes, connected and acknowledged (it has answered a query). */
  async function liveOn(wsUrl: string, token: string) {
    const client = wsClient(wsUrl, token);
    const stream = subscribe(client, CHANGES);
    const me = await new Promise<any>((resolve) => client.subscribe({ query: '{ me { id } }' }, { next: resolve, error: resolve, complete: () => undefined }));
    expect(me.data?.me?.id).toBeTruthy();
    return { client, stream };
  }
  const liveOnB = (token: string) => liveOn(b.wsUrl, token);
  type LiveSocket = Awaited<ReturnType<typeof liveOn>>;

  /** Waits for the socket to close; gives its close code and how long it took. */
  async function closeOf(socket: LiveSocket, since: number) {
    await socket.stream.until(() => socket.stream.done, 3_000);
    return { code: (socket.stream.failure as CloseEvent).code, ms: Date.now() - since };
  }

  async function stillAnswers(socket: LiveSocket) {
    const me = await new Promise<any>((resolve) => socket.client.subscribe({ query: '{ me { id } }' }, { next: resolve, error: resolve, complete: () => undefined }));
    expect(me.data?.me?.id).toBeTruthy();
    expect(socket.stream.done).toBe(false);
  }

  it("logout on A closes that session's socket on B within a second, and only that session's", async () => {
    const user = await makeUser(a.dataSource);
    const otherDevice = await liveOnB(await loginAs(a.graphqlUrl, user));
    const token = await loginAs(a.graphqlUrl, user);
    const leaving = await liveOnB(token);

    const out = await gql(a.graphqlUrl, 'mutation { logout }', {}, { token });
    expect(out.data.logout).toBe(true);
    const closed = await closeOf(leaving, Date.now());
    expect(closed.code).toBe(4401);
    expect(closed.ms).toBeLessThan(1_000);

    await stillAnswers(otherDevice);
    await Promise.all([leaving.client.dispose(), otherDevice.client.dispose()]);
  });

  it("disabling a user on A closes all of that user's sockets on B within a second", async () => {
    const user = await makeUser(a.dataSource);
    const bystander = await liveOnB(await loginAs(a.graphqlUrl, await makeUser(a.dataSource)));
    const phone = await liveOnB(await loginAs(a.graphqlUrl, user));
    const laptop = await liveOnB(await loginAs(b.graphqlUrl, user));

    const res = await gql(a.graphqlUrl, 'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id disabled } }', { id: String(user.id) }, { token: admin });
    expect(res.data.setUserDisabled.disabled).toBe(true);
    const since = Date.now();
    for (const socket of [phone, laptop]) {
      const closed = await closeOf(socket, since);
      expect(closed.code).toBe(4401);
      expect(closed.ms).toBeLessThan(1_000);
    }
    await stillAnswers(bystander);
    await Promise.all([bystander.client.dispose(), phone.client.dispose(), laptop.client.dispose()]);
  });

  it("disabling or enabling a user on A tells the managers over them on B (their Team page reads itself again), and no other team's", async () => {
    const north = await makeDepartment(a.dataSource, 'North people');
    const south = await makeDepartment(a.dataSource, 'South people');
    const user = await makeUser(a.dataSource, { department: north });
    const manager = await liveOnB(await loginAs(a.graphqlUrl, await makeUser(a.dataSource, { role: 'MANAGER', department: north })));
    const otherManager = await liveOnB(await loginAs(a.graphqlUrl, await makeUser(a.dataSource, { role: 'MANAGER', department: south })));
    const set = (disabled: boolean) => gql(a.graphqlUrl, 'mutation($id: ID!, $d: Boolean!) { setUserDisabled(userId: $id, disabled: $d) { id } }', { id: String(user.id), d: disabled }, { token: admin });
    const heard = () => manager.stream.events.filter((e) => e.data.myCustomersChanged.kind === 'PERSON_CHANGED');

    expect((await set(true)).errors).toBeUndefined();
    await manager.stream.until(() => heard().length === 1);
    expect(heard()[0].data.myCustomersChanged.customerIds).toEqual([]);
    expect((await set(false)).errors).toBeUndefined();
    await manager.stream.until(() => heard().length === 2);
    expect(otherManager.stream.events.filter((e) => e.data.myCustomersChanged.kind === 'PERSON_CHANGED')).toEqual([]);
    await Promise.all([manager.client.dispose(), otherManager.client.dispose()]);
  });

  it('closes a socket on each instance once its session expires by the server clock', async () => {
    const user = await makeUser(a.dataSource);
    const expiring = await loginAs(a.graphqlUrl, user);
    a.clock.advance(7 * DAY);
    const fresh = await loginAs(a.graphqlUrl, user); // expires a week later
    const onB = await liveOnB(expiring);
    const onA = await liveOn(a.wsUrl, expiring);
    const keeps = await liveOnB(fresh);
    await stillAnswers(onB);

    a.clock.advance(7 * DAY + 1_000); // the server's sessionDays is 14
    for (const socket of [onB, onA]) expect((await closeOf(socket, Date.now())).code).toBe(4401);
    await stillAnswers(keeps);
    await Promise.all([onA.client.dispose(), onB.client.dispose(), keeps.client.dispose()]);
  });
});
