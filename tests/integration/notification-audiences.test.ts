import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const NOTIFICATIONS = `{ notifications { unreadCount edges { kind
  clash { attemptedName customer { id companyName owner { name } protectedUntil } }
  ownership { customerCount by { name departmentName } customer { id companyName } receiver { name } } } } }`;
const ASSIGN = `mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok } }`;
const RETURN = 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT") }';

type Who = 'olivia' | 'carl' | 'ian' | 'manager' | 'admin' | 'quietAdmin';

/** Who hears about what: clash alerts name the owner at the time; admins choose to hear every team's; moves are announced to both reps. */
describe('notification audiences', () => {
  let t: TestServer;
  const ids = {} as Record<Who, number>;
  const tokens = {} as Record<Who, string>;
  const notices = async (who: Who) => (await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: tokens[who] })).data.notifications;
  let orchid: string;

  beforeAll(async () => {
    t = await startTestServer();
    const sales = await makeDepartment(t.dataSource, 'Sales');
    const north = await makeDepartment(t.dataSource, 'North', sales);
    const south = await makeDepartment(t.dataSource, 'South', sales);
    const users = {
      olivia: await makeUser(t.dataSource, { name: 'Olivia Owner', department: north }),
      carl: await makeUser(t.dataSource, { name: 'Carl Colleague', department: north }),
      ian: await makeUser(t.dataSource, { name: 'Ian Intruder', department: south }),
      manager: await makeUser(t.dataSource, { name: 'Mia Manager', role: 'MANAGER', department: north }),
      admin: await makeUser(t.dataSource, { name: 'Ada Admin', role: 'ADMIN', department: sales }),
      quietAdmin: await makeUser(t.dataSource, { name: 'Quinn Quiet', role: 'ADMIN', department: sales }),
    };
    for (const [k, u] of Object.entries(users)) {
      ids[k as Who] = u.id;
      tokens[k as Who] = await loginAs(t.graphqlUrl, u);
    }
    const off = await gql(t.graphqlUrl, 'mutation { setAllClashAlerts(enabled: false) { allClashAlerts } }', {}, { token: tokens.quietAdmin });
    expect(off.data.setAllClashAlerts.allClashAlerts).toBe(false);
    orchid = await createCustomerAs(t.graphqlUrl, tokens.olivia, { companyName: 'Orchid Pharma Co., Ltd.', phone: '+86 21 5555 0101' });
    const attempt = await gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: 'Orchid Pharma', phone: '021 5555 0101' } }, { token: tokens.ian });
    expect(errorCode(attempt)).toBe('DUPLICATE_CUSTOMER');
  });
  afterAll(() => t.stop());

  it('tells admins who take every team’s alerts, not one who turned them off, nor the one who tried', async () => {
    expect((await notices('admin')).edges.map((e: any) => e.clash?.attemptedName)).toEqual(['Orchid Pharma']);
    expect((await notices('quietAdmin')).edges).toEqual([]);
    expect((await notices('ian')).edges).toEqual([]);
    const me = await gql(t.graphqlUrl, '{ me { allClashAlerts } }', {}, { token: tokens.olivia });
    expect(me.data.me.allClashAlerts).toBeNull(); // a rep has no such choice
    const refused = await gql(t.graphqlUrl, 'mutation { setAllClashAlerts(enabled: true) { id } }', {}, { token: tokens.olivia });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('names the owner at the attempt after the customer moved on, and no longer opens it for them', async () => {
    const moved = await gql(t.graphqlUrl, ASSIGN, { input: { customerIds: [orchid], toUserIds: [String(ids.carl)] } }, { token: tokens.manager });
    expect(moved.data.assignCustomers).toEqual([{ ok: true }]);
    const [alert] = (await notices('olivia')).edges.filter((e: any) => e.kind === 'CLASH');
    expect(alert.clash.customer).toEqual({ id: null, companyName: 'Orchid Pharma Co., Ltd.', owner: { name: 'Olivia Owner' }, protectedUntil: null });
  });

  it('tells the rep who lost a customer who took it, and the rep who got it who gave it', async () => {
    const [lost] = (await notices('olivia')).edges.filter((e: any) => e.kind === 'REASSIGNED');
    expect(lost.ownership).toEqual({ customerCount: 1, by: { name: 'Mia Manager', departmentName: 'North' }, customer: { id: null, companyName: 'Orchid Pharma Co., Ltd.' }, receiver: { name: 'Carl Colleague' } });
    const [got] = (await notices('carl')).edges.filter((e: any) => e.kind === 'ASSIGNED');
    expect(got.ownership).toEqual({ customerCount: 1, by: { name: 'Mia Manager', departmentName: 'North' }, customer: { id: orchid, companyName: 'Orchid Pharma Co., Ltd.' }, receiver: null });
  });

  it('counts one assignment of many customers as one notice per rep', async () => {
    const pooled: string[] = [];
    for (const name of ['Plum Textiles', 'Pine Foods', 'Peach Robotics']) {
      const id = await createCustomerAs(t.graphqlUrl, tokens.olivia, { companyName: name });
      expect((await gql(t.graphqlUrl, RETURN, { id }, { token: tokens.olivia })).errors).toBeUndefined();
      pooled.push(id);
    }
    const res = await gql(t.graphqlUrl, ASSIGN, { input: { customerIds: pooled, toUserIds: [String(ids.carl)] } }, { token: tokens.manager });
    expect(res.data.assignCustomers.map((r: any) => r.ok)).toEqual([true, true, true]);
    const assigned = (await notices('carl')).edges.filter((e: any) => e.kind === 'ASSIGNED');
    expect(assigned.map((e: any) => e.ownership.customerCount)).toEqual([3, 1]);
    expect(assigned[0].ownership.customer).toBeNull(); // several: the notice names none
    // From the pool nobody lost anything: no REASSIGNED beyond the earlier one.
    expect((await notices('olivia')).edges.filter((e: any) => e.kind === 'REASSIGNED')).toHaveLength(1);
  });

  it('marks all read at once', async () => {
    expect((await notices('carl')).unreadCount).toBeGreaterThan(0);
    await gql(t.graphqlUrl, 'mutation { markNotificationsRead }', {}, { token: tokens.carl });
    expect((await notices('carl')).unreadCount).toBe(0);
  });
});
