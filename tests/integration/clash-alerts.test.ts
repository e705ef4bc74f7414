import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient } from '../support/graphql-client';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const ALERTS = `subscription { clashAlerts { id verdict dimensions attemptedName attemptCount attemptedBy { name departmentName }
  customer { id companyName owner { name } } } }`;
const NOTIFICATIONS = `{ notifications { unreadCount edges { id kind readAt clash { attemptedName attemptCount verdict customer { companyName } } } } }`;

describe('clash alerts', () => {
  let t: TestServer;
  const tokens = {} as Record<'owner' | 'manager' | 'topManager' | 'intruder' | 'bystander' | 'otherManager', string>;
  let customerId: string;

  beforeAll(async () => {
    t = await startTestServer();
    const sales = await makeDepartment(t.dataSource, 'Sales');
    const north = await makeDepartment(t.dataSource, 'North', sales);
    const south = await makeDepartment(t.dataSource, 'South', sales);
    const users = {
      owner: await makeUser(t.dataSource, { name: 'Olivia Owner', department: north }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north }),
      topManager: await makeUser(t.dataSource, { role: 'MANAGER', department: sales }),
      intruder: await makeUser(t.dataSource, { name: 'Ian Intruder', department: south }),
      bystander: await makeUser(t.dataSource, { department: north }),
      otherManager: await makeUser(t.dataSource, { role: 'MANAGER', department: south }),
    };
    for (const [k, u] of Object.entries(users)) tokens[k as keyof typeof tokens] = await loginAs(t.graphqlUrl, u);
    customerId = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: 'Orchid Pharma Co., Ltd.', phone: '+86 21 5555 0101' });
  });
  afterAll(() => t.stop());

  it('tells the owner and the managers above them, live and in their notifications, and nobody else', async () => {
    const watchers = (['owner', 'manager', 'topManager', 'bystander', 'otherManager', 'intruder'] as const).map((who) => {
      const client = wsClient(t.wsUrl, tokens[who]);
      return { who, client, sub: subscribe(client, ALERTS) };
    });
    const byWho = Object.fromEntries(watchers.map((w) => [w.who, w.sub]));
    // Warm up: repeat blocked attempts until the owner's and managers' streams are live.
    let attempts = 0;
    for (; [byWho.owner, byWho.manager, byWho.topManager].some((s) => s.events.length === 0); attempts++) {
      if (attempts === 40) throw new Error('subscriptions never became live');
      await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'ORCHID PHARMA LIMITED' } }, { token: tokens.intruder });
      await byWho.owner.until(() => byWho.owner.events.length > 0, 100).catch(() => undefined);
    }
    const res = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'Orchid Pharma', phone: '021 5555 0101' } }, { token: tokens.intruder });
    expect(errorCode(res)).toBe('DUPLICATE_CUSTOMER');
    attempts++;
    const alertIn = (sub: (typeof watchers)[number]['sub']) => sub.events.map((e) => e.data!.clashAlerts).find((a: any) => a.attemptedName === 'Orchid Pharma');
    for (const who of ['owner', 'manager', 'topManager'] as const) await byWho[who].until(() => alertIn(byWho[who]) !== undefined);

    const alert = alertIn(byWho.owner);
    expect(alert).toMatchObject({
      verdict: 'BLOCK',
      dimensions: ['NAME', 'PHONE'],
      attemptedName: 'Orchid Pharma',
      attemptCount: attempts, // the warm-up attempts and this one, all within 10 minutes
      attemptedBy: { name: 'Ian Intruder', departmentName: 'South' },
      customer: { id: customerId, companyName: 'Orchid Pharma Co., Ltd.', owner: { name: 'Olivia Owner' } },
    });
    // A barrier: an alert for the bystander's own customer proves their stream was live.
    await createCustomerAs(t.graphqlUrl, tokens.bystander, { companyName: 'Bystander Barrier Works' });
    await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'Bystander Barrier Works Ltd' } }, { token: tokens.intruder });
    await byWho.bystander.until(() => byWho.bystander.events.length === 1);
    expect(byWho.bystander.events[0].data!.clashAlerts.customer.companyName).toBe('Bystander Barrier Works');
    expect(byWho.otherManager.events).toEqual([]);
    expect(byWho.intruder.events).toEqual([]);

    const list = await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens.manager });
    expect(list.data.notifications.unreadCount).toBe(list.data.notifications.edges.length);
    expect(list.data.notifications.edges[0]).toMatchObject({ kind: 'CLASH', readAt: null, clash: { attemptedName: 'Bystander Barrier Works Ltd' } });
    expect((await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens.otherManager })).data.notifications.edges).toEqual([]);
    // The owner holds one notification for all of Ian's attempts, showing the latest.
    const owners = (await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens.owner })).data.notifications;
    expect(owners.edges).toMatchObject([{ kind: 'CLASH', readAt: null, clash: { attemptedName: 'Orchid Pharma', attemptCount: attempts } }]);
    await Promise.all(watchers.map((w) => w.client.dispose()));
  });

  it('records each attempt with who, when, which customer and which dimensions', async () => {
    const [row] = await t.dataSource.query(
      `SELECT k.attempted_name, k.verdict, k.dimensions, u.name FROM clashes k JOIN users u ON u.id = k.attempted_by_id
        WHERE k.customer_id = $1 ORDER BY k.id DESC LIMIT 1`,
      [customerId],
    );
    expect(row).toEqual({ attempted_name: 'Orchid Pharma', verdict: 'BLOCK', dimensions: ['NAME', 'PHONE'], name: 'Ian Intruder' });
  });

  it('marks notifications read: one, then all; only the viewer’s own', async () => {
    // Someone else's attempt is a second notification for the owner.
    await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'Orchid Pharma Ltd' } }, { token: tokens.bystander });
    const before = (await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens.owner })).data.notifications;
    expect(before.unreadCount).toBeGreaterThan(1);
    const one = await gql(t.graphqlUrl, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [before.edges[0].id] }, { token: tokens.owner });
    expect(one.data.markNotificationsRead).toBe(1);
    const foreign = await gql(t.graphqlUrl, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [before.edges[1].id] }, { token: tokens.intruder });
    expect(foreign.data.markNotificationsRead).toBe(0);
    const all = await gql(t.graphqlUrl, 'mutation { markNotificationsRead }', {}, { token: tokens.owner });
    expect(all.data.markNotificationsRead).toBe(before.unreadCount - 1);
    expect((await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens.owner })).data.notifications.unreadCount).toBe(0);
  });
});
