import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;
const START = new Date('2026-11-02T09:00:00Z').getTime();
const NOTIFICATIONS = '{ notifications { unreadCount edges { kind reminder { customerId companyName protectionEnd } } } }';

/** Reminders against a controlled clock: 3 days before a 30-day end, once per period, never twice. */
describe('protection reminders', () => {
  let t: TestServer;
  let rep: { email: string };
  const ids: Record<string, string> = {};
  // The clock moves by weeks: sign in afresh before each use so sessions never run out.
  const token = () => loginAs(t.graphqlUrl, rep);
  const remindedIds = async () => (await t.server.services.reminderSweep.sweep()).map((r) => String(r.customerId)).sort();

  beforeAll(async () => {
    t = await startTestServer({ now: new Date(START).toISOString() });
    rep = await makeUser(t.dataSource, { name: 'Remy Rep' });
    for (const name of ['Quiet', 'Busy', 'Won', 'Locked']) ids[name] = await createCustomerAs(t.graphqlUrl, await token(), { companyName: `${name} Anchor Co` });
    await t.dataSource.query(`UPDATE customers SET status = 'WON' WHERE id = $1`, [ids.Won]);
    await t.dataSource.query(`UPDATE customer_ownership SET locked = true WHERE customer_id = $1`, [ids.Locked]);
  });
  afterAll(() => t.stop());

  it('reminds nobody a millisecond before the lead time, then each owner once, at the instant it starts', async () => {
    t.clock.set(new Date(START + 27 * DAY - 1));
    expect(await remindedIds()).toEqual([]);
    t.clock.set(new Date(START + 27 * DAY));
    // Won and locked customers are never recycled, so there is nothing to warn about.
    expect(await remindedIds()).toEqual([ids.Quiet, ids.Busy].sort());
    expect(await remindedIds()).toEqual([]);
  });

  it('lists the reminder in the owner\'s notifications with the customer and the end it warned about', async () => {
    const res = await gql(t.graphqlUrl, NOTIFICATIONS, {}, { token: await token() });
    expect(res.data.notifications.unreadCount).toBe(2);
    expect(res.data.notifications.edges).toContainEqual({
      kind: 'REMINDER',
      reminder: { customerId: ids.Quiet, companyName: 'Quiet Anchor Co', protectionEnd: new Date(START + 30 * DAY).toISOString() },
    });
  });

  it('reminds again only for a new period, after a follow-up moved the end', async () => {
    await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: VISIT, content: "Walked the site with their buyer" }) { followUp { counted } } }',
      { id: ids.Busy },
      { token: await token() },
    );
    t.clock.set(new Date(START + 28 * DAY));
    expect(await remindedIds()).toEqual([]); // Busy's new end is day 57: its window opens on day 54
    t.clock.set(new Date(START + 54 * DAY));
    expect(await remindedIds()).toEqual([ids.Busy]);
  });

  it('reminds each period exactly once when several sweeps run at the same moment', async () => {
    const fresh = [];
    for (let i = 0; i < 40; i++) fresh.push(await createCustomerAs(t.graphqlUrl, await token(), { companyName: `Concurrent Mooring ${i} GmbH`, acknowledgeDuplicates: true }));
    t.clock.advance(27 * DAY);
    const runs = await Promise.all([1, 2, 3, 4].map(() => t.server.services.reminderSweep.sweep()));
    const reminded = runs.flat().map((r) => String(r.customerId));
    expect(reminded.sort()).toEqual([...fresh].sort());
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'REMINDER' AND customer_id = ANY($1::int[])`, [fresh]);
    expect(n).toBe(40);
  });
});
