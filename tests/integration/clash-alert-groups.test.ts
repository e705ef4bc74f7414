import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentEntity } from '../../server/src/modules/org/department.entity';
import { DuplicateRefusal } from '../../server/src/modules/duplicates/duplicate-check.service';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { CREATE_CUSTOMER, createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const NOTIFICATIONS = `{ notifications { unreadCount edges { id kind readAt createdAt latestAt
  clash { attemptCount attemptedAt attemptedName attemptedBy { name } customer { id } } } } }`;
const MINUTE = 60_000;

/** A fresh owner with a manager above them, a customer they own, and someone from another team. */
async function scene(t: TestServer, sales: DepartmentEntity, tag: string) {
  const team = await makeDepartment(t.dataSource, `Team ${tag}`, sales);
  const people = {
    owner: await makeUser(t.dataSource, { department: team }),
    manager: await makeUser(t.dataSource, { role: 'MANAGER', department: team }),
    rep: await makeUser(t.dataSource, { name: `Rep ${tag}`, department: sales }),
  };
  const tokens = {
    owner: await loginAs(t.graphqlUrl, people.owner),
    manager: await loginAs(t.graphqlUrl, people.manager),
    rep: await loginAs(t.graphqlUrl, people.rep),
  };
  const phone = `+86 21 5555 ${String(1000 + Math.floor(Math.random() * 9000))}`;
  const customerId = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: `${tag} Instruments Co., Ltd.`, phone });
  // Same phone, same name: a blocked save every time.
  const attempt = (token: string, name = `${tag} Instruments`) => gql(t.graphqlUrl, CREATE_CUSTOMER, { input: { companyName: name, phone } }, { token });
  return { people, tokens, customerId, attempt };
}

async function clashNotifications(t: TestServer, token: string, customerId: string) {
  const res = await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token });
  expect(res.errors).toBeUndefined();
  return (res.data.notifications.edges as any[]).filter((n) => n.kind === 'CLASH' && n.clash?.customer.id === customerId);
}

describe('clash alerts are grouped per person and customer', () => {
  let t: TestServer;
  let sales: DepartmentEntity;
  beforeAll(async () => {
    t = await startTestServer();
    sales = await makeDepartment(t.dataSource, 'Sales');
  });
  afterAll(() => t.stop());

  it('20 concurrent refused saves by one rep end in one notification per recipient, counting 20', async () => {
    const s = await scene(t, sales, 'Quartz');
    const results = await Promise.all(Array.from({ length: 20 }, () => s.attempt(s.tokens.rep)));
    expect(results.map(errorCode)).toEqual(Array(20).fill('DUPLICATE_CUSTOMER'));

    // Every attempt is on record…
    const [{ n: recorded }] = await t.dataSource.query('SELECT count(*)::int AS n FROM clashes WHERE customer_id = $1', [Number(s.customerId)]);
    expect(recorded).toBe(20);
    // …but each recipient holds exactly one notification for it, in the database and in the API.
    const rows = await t.dataSource.query(
      'SELECT user_id AS "userId", attempt_count AS "attemptCount" FROM notifications WHERE customer_id = $1 ORDER BY user_id',
      [Number(s.customerId)],
    );
    expect(rows).toEqual([
      { userId: s.people.owner.id, attemptCount: 20 },
      { userId: s.people.manager.id, attemptCount: 20 },
    ]);
    for (const token of [s.tokens.owner, s.tokens.manager]) {
      const [only, ...more] = await clashNotifications(t, token, s.customerId);
      expect(more).toEqual([]);
      expect(only).toMatchObject({ readAt: null, clash: { attemptCount: 20, attemptedBy: { name: 'Rep Quartz' } } });
    }
  });

  it('stays one notification per recipient when the recordings themselves run at the same moment', async () => {
    // Saves of one company queue on its duplicate-check locks, so over HTTP the recordings
    // rarely overlap. Here 20 refusals are recorded at once, through the gate every save uses.
    const s = await scene(t, sales, 'Dolomite');
    const viewer = { userId: s.people.rep.id, role: 'REP' as const, departmentPath: sales.path };
    const { duplicateChecks, duplicateGate } = t.server.services;
    const [phone] = (await t.dataSource.query('SELECT phone FROM customers WHERE id = $1', [Number(s.customerId)])).map((r: any) => r.phone);
    const result = await duplicateChecks.check(viewer, { companyName: 'Dolomite Instruments', phone }, null);
    expect(result.verdict).toBe('BLOCK');
    const refused = () =>
      duplicateGate.recording(viewer, 'Dolomite Instruments', () => Promise.reject(new DuplicateRefusal('DUPLICATE_CUSTOMER', 'refused', result)));
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, refused));
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as DuplicateRefusal).code : 'saved'))).toEqual(Array(20).fill('DUPLICATE_CUSTOMER'));

    const rows = await t.dataSource.query(
      'SELECT user_id AS "userId", attempt_count AS "attemptCount" FROM notifications WHERE customer_id = $1 ORDER BY user_id',
      [Number(s.customerId)],
    );
    expect(rows).toEqual([
      { userId: s.people.owner.id, attemptCount: 20 },
      { userId: s.people.manager.id, attemptCount: 20 },
    ]);
  });

  it('nobody is alerted about their own attempt', async () => {
    const s = await scene(t, sales, 'Basalt');
    // The owner re-enters their own customer, the manager enters their team's customer.
    expect(errorCode(await s.attempt(s.tokens.owner))).toBe('DUPLICATE_CUSTOMER');
    expect(errorCode(await s.attempt(s.tokens.manager))).toBe('DUPLICATE_CUSTOMER');

    expect(await clashNotifications(t, s.tokens.owner, s.customerId)).toMatchObject([{ clash: { attemptCount: 1, attemptedBy: { name: s.people.manager.name } } }]);
    expect(await clashNotifications(t, s.tokens.manager, s.customerId)).toMatchObject([{ clash: { attemptCount: 1, attemptedBy: { name: s.people.owner.name } } }]);
    const [{ n: own }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM notifications WHERE customer_id = $1 AND user_id = attempted_by_id',
      [Number(s.customerId)],
    );
    expect(own).toBe(0);
  });

  it('attempts less than 10 minutes apart join one notification, which shows the latest and turns unread again', async () => {
    const s = await scene(t, sales, 'Cobalt');
    expect(errorCode(await s.attempt(s.tokens.rep, 'Cobalt Instruments'))).toBe('DUPLICATE_CUSTOMER');
    const [first] = await clashNotifications(t, s.tokens.owner, s.customerId);
    await gql(t.graphqlUrl, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [first.id] }, { token: s.tokens.owner });

    // Another rep's alert comes in meanwhile, above the first.
    const other = await makeUser(t.dataSource, { name: 'Other Rep', department: sales });
    t.clock.advance(5 * MINUTE);
    expect(errorCode(await s.attempt(await loginAs(t.graphqlUrl, other)))).toBe('DUPLICATE_CUSTOMER');

    t.clock.advance(4 * MINUTE); // 9 minutes after the first attempt: joins it
    expect(errorCode(await s.attempt(s.tokens.rep, 'Cobalt Instruments Ltd'))).toBe('DUPLICATE_CUSTOMER');
    const latest = t.clock.now().toISOString();
    const list = await clashNotifications(t, s.tokens.owner, s.customerId);
    expect(list.map((n) => [n.clash.attemptedBy.name, n.clash.attemptCount])).toEqual([
      ['Rep Cobalt', 2], // risen to the top by its latest attempt
      ['Other Rep', 1],
    ]);
    expect(list[0]).toMatchObject({ id: first.id, readAt: null, createdAt: first.createdAt, latestAt: latest });
    expect(list[0].clash).toMatchObject({ attemptedAt: latest, attemptedName: 'Cobalt Instruments Ltd' });

    t.clock.advance(9 * MINUTE); // the window slides with each attempt
    expect(errorCode(await s.attempt(s.tokens.rep))).toBe('DUPLICATE_CUSTOMER');
    t.clock.advance(10 * MINUTE); // now a quiet 10 minutes: the next attempt is news again
    expect(errorCode(await s.attempt(s.tokens.rep))).toBe('DUPLICATE_CUSTOMER');
    const after = await clashNotifications(t, s.tokens.owner, s.customerId);
    expect(after.map((n) => [n.clash.attemptedBy.name, n.clash.attemptCount])).toEqual([
      ['Rep Cobalt', 1],
      ['Rep Cobalt', 3],
      ['Other Rep', 1],
    ]);
    expect(after[1].id).toBe(first.id);
  });
});
