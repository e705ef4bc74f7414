import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnotherInstance, startTestServer, type TestServer } from '../support/test-server';
import { gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;

/**
 * Two server instances on one database, as behind a load balancer: whatever happens on one
 * (a sweep, a claim) reaches dashboards connected to the other, through Postgres LISTEN/NOTIFY.
 */
describe('several server instances', () => {
  let a: TestServer;
  let b: Awaited<ReturnType<typeof startAnotherInstance>>;

  beforeAll(async () => {
    a = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    b = await startAnotherInstance(a);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it("delivers the sweep's recycles and another instance's claims to subscribers on both", async () => {
    const owner = await makeUser(a.dataSource, { name: 'Owner On A' });
    const rival = await makeUser(a.dataSource, { name: 'Rival On B' });
    const id = await createCustomerAs(a.graphqlUrl, await loginAs(a.graphqlUrl, owner), { companyName: 'Crosswire Shipping' });
    // Due for recycling; sessions signed in before this have expired (and their sockets would close).
    a.clock.advance(30 * DAY);
    const ownerToken = await loginAs(a.graphqlUrl, owner);
    const rivalToken = await loginAs(b.graphqlUrl, rival);
    const pool = subscribe(wsClient(b.wsUrl, rivalToken), 'subscription { poolChanged { kind customerIds } }');
    const mine = subscribe(wsClient(b.wsUrl, ownerToken), 'subscription { myCustomersChanged { kind customerIds } }');

    // Warm up until both streams on B hear what A publishes.
    let warm = 0;
    while (!mine.events.length) {
      if (++warm > 50) throw new Error('subscriptions on B never heard A');
      await createCustomerAs(a.graphqlUrl, ownerToken, { companyName: `Warmup Jetty ${warm} ${crypto.randomUUID().slice(0, 6)}`, acknowledgeDuplicates: true });
      await mine.until(() => mine.events.length > 0, 200).catch(() => undefined);
    }

    expect((await a.server.services.recycleSweep.sweep()).recycled.map((r) => String(r.customerId))).toContain(id);
    await pool.until(() => pool.events.some((e) => e.data.poolChanged.kind === 'RECYCLED' && e.data.poolChanged.customerIds.includes(id)));
    await mine.until(() => mine.events.some((e) => e.data.myCustomersChanged.kind === 'RECYCLED'));

    const claim = await gql(b.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }', { ids: [id] }, { token: rivalToken });
    expect(claim.data.claimCustomers).toEqual([{ ok: true }]);
    await pool.until(() => pool.events.some((e) => e.data.poolChanged.kind === 'CLAIMED'));
    pool.stop();
    mine.stop();
  });

  it('delivers a burst of events published in one turn, all of them, in order', async () => {
    const watcher = await makeUser(a.dataSource);
    const pool = subscribe(wsClient(b.wsUrl, await loginAs(b.graphqlUrl, watcher)), 'subscription { poolChanged { kind customerIds } }');
    const burst = Array.from({ length: 300 }, (_, i) => 1_000_000 + i);
    // Warm up: one event at a time until B's subscription is live.
    for (let round = 0; !pool.events.length; round++) {
      if (round > 50) throw new Error('subscription on B never became live');
      a.server.services.news.poolChanged('RETURNED', [round]);
      await pool.until(() => pool.events.length > 0, 200).catch(() => undefined);
    }
    for (const id of burst) a.server.services.news.poolChanged('CLAIMED', [id]); // same turn: sent together
    await pool.until(() => pool.events.filter((e) => e.data.poolChanged.kind === 'CLAIMED').length === burst.length);
    const claimed = pool.events.filter((e) => e.data.poolChanged.kind === 'CLAIMED').map((e) => Number(e.data.poolChanged.customerIds[0]));
    expect(claimed).toEqual(burst);
    pool.stop();
  });
});
