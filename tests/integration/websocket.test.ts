import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const CHANGES = 'subscription { myCustomersChanged { kind customer { id companyName owner { id } } } }';

describe('GraphQL over WebSocket', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('knows the same identity as HTTP, from connection params or the cookie', async () => {
    const user = await makeUser(t.dataSource);
    const token = await loginAs(t.graphqlUrl, user);
    const viaParams = wsClient(t.wsUrl, token);
    const me = await new Promise<any>((resolve, reject) =>
      viaParams.subscribe({ query: '{ me { id } }' }, { next: resolve, error: reject, complete: () => undefined }),
    );
    expect(me.data.me.id).toBe(String(user.id));
    await viaParams.dispose();

    const viaCookie = wsClient(t.wsUrl, undefined, { cookie: `berth_token=${token}` });
    const meAgain = await new Promise<any>((resolve, reject) =>
      viaCookie.subscribe({ query: '{ me { id } }' }, { next: resolve, error: reject, complete: () => undefined }),
    );
    expect(meAgain.data.me.id).toBe(String(user.id));
    await viaCookie.dispose();
  });

  it('refuses a connection without a valid session', async () => {
    for (const token of [undefined, 'garbage']) {
      const client = wsClient(t.wsUrl, token);
      const outcome = await new Promise<any>((resolve) =>
        client.subscribe({ query: CHANGES }, { next: () => resolve('event'), error: (e) => resolve(e), complete: () => resolve('complete') }),
      );
      expect((outcome as CloseEvent).code).toBe(4403);
      await client.dispose();
    }
  });

  it('delivers customer changes to the owner and their manager, never to other reps', async () => {
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const users = {
      owner: await makeUser(t.dataSource, { department: north }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north }),
      teammate: await makeUser(t.dataSource, { department: north }),
      southRep: await makeUser(t.dataSource, { department: south }),
      southManager: await makeUser(t.dataSource, { role: 'MANAGER', department: south }),
    };
    const tokens = Object.fromEntries(
      await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await loginAs(t.graphqlUrl, u)] as const)),
    ) as Record<keyof typeof users, string>;
    const watchers = (['owner', 'manager', 'teammate', 'southManager'] as const).map((k) => {
      const client = wsClient(t.wsUrl, tokens[k]);
      return { client, sub: subscribe(client, CHANGES) };
    });
    const [owner, manager, teammate, southManager] = watchers.map((w) => w.sub);
    const names = (sub: typeof owner) => sub.events.map((e: any) => e.data.myCustomersChanged.customer.companyName);
    const create = (who: keyof typeof users, companyName: string) => createCustomerAs(t.graphqlUrl, tokens[who], { companyName });

    // Warm up until every stream has seen something it may see: then all are listening.
    for (let round = 0; [owner, manager, teammate, southManager].some((sub) => sub.events.length === 0); round++) {
      if (round === 50) throw new Error('subscriptions never became live');
      await create('owner', `Warmup North ${randomUUID()}`);
      await create('teammate', `Warmup Teammate ${randomUUID()}`);
      await create('southRep', `Warmup South ${randomUUID()}`);
      await teammate.until(() => teammate.events.length > 0, 100).catch(() => undefined);
    }

    const id = await create('owner', 'Live Co');
    await gql(t.graphqlUrl, 'mutation($id: ID!) { updateCustomer(id: $id, input: { industry: "Energy" }) { customer { id } } }', { id }, { token: tokens.owner });
    // Barrier: events arrive in order, so once these are in, "Live Co" would have been too.
    await create('teammate', 'Barrier Teammate');
    await create('southRep', 'Barrier South');
    await teammate.until(() => names(teammate).includes('Barrier Teammate'));
    await southManager.until(() => names(southManager).includes('Barrier South'));
    await owner.until(() => names(owner).filter((n) => n === 'Live Co').length === 2);
    await manager.until(() => names(manager).includes('Barrier Teammate'));

    expect(owner.events.filter((e: any) => e.data.myCustomersChanged.customer.id === id).map((e: any) => e.data.myCustomersChanged.kind)).toEqual([
      'CREATED',
      'UPDATED',
    ]);
    const withoutWarmup = (sub: typeof owner) => names(sub).filter((n) => !n.startsWith('Warmup'));
    expect(withoutWarmup(manager)).toEqual(['Live Co', 'Live Co', 'Barrier Teammate']);
    expect(withoutWarmup(teammate)).toEqual(['Barrier Teammate']);
    expect(withoutWarmup(southManager)).toEqual(['Barrier South']);
    expect(names(teammate).every((n) => n.includes('Teammate'))).toBe(true);
    expect(names(southManager).every((n) => n.includes('South'))).toBe(true);
    await Promise.all(watchers.map((w) => w.client.dispose()));
  });

  it('ends live sockets when their session logs out', async () => {
    const user = await makeUser(t.dataSource);
    const token = await loginAs(t.graphqlUrl, user);
    const client = wsClient(t.wsUrl, token);
    const sub = subscribe(client, CHANGES);
    await new Promise((r) => client.subscribe({ query: '{ me { id } }' }, { next: r, error: r, complete: () => undefined }));
    await gql(t.graphqlUrl, 'mutation { logout }', {}, { token });
    await sub.until(() => sub.done);
    expect((sub.failure as CloseEvent).code).toBe(4401);
  });

  it('applies the same limits and error codes as HTTP', async () => {
    const token = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    const client = wsClient(t.wsUrl, token);
    const run = (query: string) =>
      new Promise<any>((resolve) => client.subscribe({ query }, { next: resolve, error: resolve, complete: () => undefined }));
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const tooMany = await run(aliases);
    expect(tooMany[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const invalid = await run('{ nope }');
    expect(invalid[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const missing = await run('{ customer(id: "2000000000") { id } }');
    expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
    await client.dispose();
  });
});
