import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOL_POLICY_FIELDS } from '../support/pool-policy';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql, subscribe, wsClient } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NEWS = 'subscription { myCustomersChanged { kind customerIds customer { id companyName protectedUntil owner { name } } } }';
const UPDATE_POLICY = 'mutation($input: PoolPolicyInput!) { updatePoolPolicy(input: $input) { version } }';

type News = { kind: string; customerIds: string[]; customer: { id: string; companyName: string; protectedUntil: string | null } | null };

/**
 * myCustomersChanged tells each viewer what happened to the customers they own or manage (or
 * just lost): protection extended, reminder, recycled, claimed, returned, quota changed — and
 * nobody else. A short policy (2-day protection, 1-day reminder) keeps the clock moves small.
 */
describe('myCustomersChanged: what happens to my customers, live', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const streams: Record<string, ReturnType<typeof subscribe<{ myCustomersChanged: News }>>> = {};
  let policy: Record<string, unknown>;
  const news = (who: string) => streams[who].events.map((e) => e.data!.myCustomersChanged).filter((n) => n.kind !== 'QUOTA_CHANGED');
  const kinds = (who: string) => news(who).map((n) => `${n.kind} ${n.customerIds.join(',')}`);
  const savePolicy = (changes: Record<string, unknown> = {}) =>
    gql(t.graphqlUrl, UPDATE_POLICY, { input: { ...policy, ...changes } }, { token: tokens.admin });

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const south = await makeDepartment(t.dataSource, 'South');
    const users = {
      rep1: await makeUser(t.dataSource, { department: north, name: 'Rep One' }),
      rep2: await makeUser(t.dataSource, { department: north, name: 'Rep Two' }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north }),
      southRep: await makeUser(t.dataSource, { department: south }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN' }),
    };
    for (const [who, user] of Object.entries(users)) tokens[who] = await loginAs(t.graphqlUrl, user);
    policy = (await gql(t.graphqlUrl, `{ poolPolicy { ${POOL_POLICY_FIELDS} } }`, {}, { token: tokens.rep1 })).data.poolPolicy;
    policy = { ...policy, protectionDays: { default: 2, byTier: [] }, extensionDays: 2, reminderLeadDays: 1, previousOwnerCooldownDays: 0 };
    for (const who of ['rep1', 'rep2', 'manager', 'southRep']) streams[who] = subscribe(wsClient(t.wsUrl, tokens[who]), NEWS);
    // A policy save tells everyone QUOTA_CHANGED: repeat until every stream is listening.
    for (let round = 0; Object.values(streams).some((s) => s.events.length === 0); round++) {
      if (round === 50) throw new Error('subscriptions never became live');
      expect((await savePolicy()).errors).toBeUndefined();
      await streams.rep1.until(() => streams.rep1.events.length > 0, 100).catch(() => undefined);
    }
  });
  afterAll(async () => {
    for (const s of Object.values(streams)) s.stop();
    await t.stop();
  });

  it('reaches the owner and their manager, each with what they may see, and never other reps', async () => {
    const idle = await createCustomerAs(t.graphqlUrl, tokens.rep1, { companyName: 'Idle Harbour Ltd' });
    const kept = await createCustomerAs(t.graphqlUrl, tokens.rep1, { companyName: 'Kept Harbour Ltd' });

    t.clock.advance(12 * HOUR);
    const logged = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Agreed a site visit next week" }) { customer { protectedUntil } } }',
      { id: kept },
      { token: tokens.rep1 },
    );
    const extendedTo = logged.data.logFollowUp.customer.protectedUntil;

    t.clock.advance(12 * HOUR); // day 1: Idle's reminder window opens (1 day before its end)
    expect((await t.server.services.reminderSweep.sweep()).map((r) => String(r.customerId))).toEqual([idle]);

    t.clock.advance(DAY); // day 2: Idle's protection ends
    expect((await t.server.services.recycleSweep.sweep()).recycled.map((r) => String(r.customerId))).toEqual([idle]);

    const claim = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok code } }', { ids: [idle] }, { token: tokens.rep2 });
    expect(claim.data.claimCustomers).toEqual([{ ok: true, code: null }]);
    const returned = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }',
      { id: idle },
      { token: tokens.rep2 },
    );
    expect(returned.errors).toBeUndefined();

    // Barrier: everyone hears a policy save, and events arrive in order.
    const before = Object.fromEntries(Object.entries(streams).map(([who, s]) => [who, s.events.length]));
    await savePolicy({ dailyClaimLimit: 9 });
    for (const [who, s] of Object.entries(streams)) await s.until(() => s.events.slice(before[who]).some((e) => e.data!.myCustomersChanged.kind === 'QUOTA_CHANGED'));

    expect(kinds('rep1')).toEqual([`CREATED ${idle}`, `CREATED ${kept}`, `PROTECTION_EXTENDED ${kept}`, `REMINDER ${idle}`, `RECYCLED ${idle}`]);
    expect(kinds('rep2')).toEqual([`CLAIMED ${idle}`, `RETURNED ${idle}`]);
    // The manager hears everything in their department except the owner's private reminder.
    expect(kinds('manager')).toEqual([
      `CREATED ${idle}`,
      `CREATED ${kept}`,
      `PROTECTION_EXTENDED ${kept}`,
      `RECYCLED ${idle}`,
      `CLAIMED ${idle}`,
      `RETURNED ${idle}`,
    ]);
    expect(kinds('southRep')).toEqual([]);

    const extended = news('rep1').find((n) => n.kind === 'PROTECTION_EXTENDED')!;
    expect(extended.customer).toMatchObject({ id: kept, protectedUntil: extendedTo });
    // Once in the pool a rep no longer sees the customer's details: ids only.
    expect(news('rep1').find((n) => n.kind === 'RECYCLED')!.customer).toBeNull();
    expect(news('rep2').find((n) => n.kind === 'CLAIMED')!.customer).toMatchObject({ id: idle, owner: { name: 'Rep Two' } });
  });
});
