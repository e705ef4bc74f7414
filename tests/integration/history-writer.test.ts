import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, addTeamDays, teamDayWindow } from '@berth/domain';
import { seedDemoDataIfEmpty, DEMO_PASSWORD } from '../../server/src/db/seed/demo-seed';
import { demoHistoryShape } from '../../server/src/db/seed/demo-history';
import { generateHistory } from '../../server/src/db/seed/history/generate-history';
import { writeHistory } from '../../server/src/db/seed/history/write-history';
import { gql } from '../support/graphql-client';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The bulk writer puts a generated history into the tables as the product would have left them,
 * past the database's own guards (an owner change needs its event, the trail is append-only);
 * the demo seed gives a first start six months of that history on top of its hand-made customers.
 */
describe('writing a generated history', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.stop());

  /** The rows every written customer must agree with: its owner is its last event's, its pool entries are its pool events. */
  async function inconsistencies() {
    const [row] = await t.dataSource.query(`
      WITH last AS (
        SELECT DISTINCT ON (customer_id) customer_id, to_user_id, occurred_at FROM ownership_events ORDER BY customer_id, occurred_at DESC, id DESC
      )
      SELECT
        (SELECT count(*) FROM customer_ownership o JOIN last l USING (customer_id)
          WHERE o.owner_id IS DISTINCT FROM l.to_user_id OR o.owner_changed_at <> l.occurred_at)::int AS "wrongOwner",
        (SELECT count(*) FROM customer_ownership o WHERE (o.owner_id IS NULL) <> (o.protected_until IS NULL))::int AS "wrongProtection",
        (SELECT count(*) FROM ownership_events WHERE to_user_id IS NULL AND kind IN ('RETURNED', 'RECYCLED'))::int
          - (SELECT count(*) FROM pool_entries)::int AS "missingEntries",
        (SELECT count(*) FROM customers c WHERE c.status IS DISTINCT FROM
          (SELECT s.status FROM customer_status_changes s WHERE s.customer_id = c.id ORDER BY s.changed_at DESC, s.id DESC LIMIT 1))::int AS "wrongStatus"`);
    return row;
  }

  it('writes every row of a history in one go, creating its departments and users, consistent with itself', async () => {
    const policy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'America/New_York' };
    const history = generateHistory({ start: new Date('2026-01-10T00:00:00Z'), end: new Date('2026-04-20T00:00:00Z'), timeZone: policy.teamTimeZone, departments: 2, repsPerDepartment: 3, customers: 400, seed: 11, keyPrefix: 'w-' });
    const written = await writeHistory(t.dataSource.manager, history, { policy, batchSize: 500 });
    expect(written.customers.size).toBe(400);
    const [counts] = await t.dataSource.query(`SELECT
        (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM ownership_events)::int AS events,
        (SELECT count(*) FROM follow_ups)::int AS "followUps", (SELECT count(*) FROM customer_status_changes)::int AS "statusChanges",
        (SELECT count(*) FROM users WHERE email LIKE 'w-%')::int AS users,
        (SELECT count(*) FROM departments WHERE name LIKE 'w- %' AND parent_id IS NOT NULL)::int AS "subTeams",
        (SELECT coalesce(sum(claims), 0) FROM claim_counters)::int AS claims`);
    expect(counts).toEqual({
      customers: 400,
      events: history.events.length,
      followUps: history.followUps.length,
      statusChanges: history.statusChanges.length,
      users: history.reps.length,
      subTeams: 1,
      claims: history.events.filter((e) => e.kind === 'CLAIMED').length,
    });
    expect(await inconsistencies()).toEqual({ wrongOwner: 0, wrongProtection: 0, missingEntries: 0, wrongStatus: 0 });
    // The trail stays append-only for whatever wrote it.
    await expect(t.dataSource.query('DELETE FROM ownership_events WHERE id = (SELECT min(id) FROM ownership_events)')).rejects.toThrow(/append-only/);
  });

  it('gives the demo six months of history without breaking the demo: logins work, nobody has claimed today, every owner is still protected', async () => {
    const d = await startTestServer();
    try {
      const now = d.clock.now();
      expect(await seedDemoDataIfEmpty(d.dataSource, now)).toBe(true);
      const shape = demoHistoryShape(now, 'UTC');
      const [figures] = await d.dataSource.query(
        `SELECT (SELECT count(*) FROM ownership_events)::int AS events,
                (SELECT count(*) FROM ownership_events WHERE kind = 'CLAIMED')::int AS claims,
                (SELECT count(*) FROM ownership_events WHERE kind = 'ASSIGNED')::int AS assignments,
                (SELECT count(*) FROM ownership_events WHERE kind = 'RECYCLED')::int AS recycles,
                (SELECT count(*) FROM customer_status_changes WHERE status = 'WON' AND changed_at >= $1)::int AS wins,
                (SELECT min(occurred_at) FROM ownership_events) AS first,
                (SELECT count(*) FROM claim_counters WHERE day >= $2::date)::int AS "countersToday",
                (SELECT count(*) FROM customer_ownership o JOIN customers c ON c.id = o.customer_id
                  WHERE o.owner_id IS NOT NULL AND c.status <> 'WON' AND o.protected_until <= $3)::int AS lapsed,
                (SELECT max(claims) FROM claim_counters)::int AS "mostClaims"`,
        [shape.start, teamDayWindow(now, 'UTC').start.toISOString().slice(0, 10), now],
      );
      expect(figures.events).toBeGreaterThan(2_000);
      expect(figures.claims).toBeGreaterThan(300);
      expect(figures.assignments).toBeGreaterThan(20);
      expect(figures.recycles).toBeGreaterThan(200);
      expect(figures.wins).toBeGreaterThan(30);
      expect(figures.first.getTime()).toBeLessThanOrEqual(addTeamDays(now, -170, 'UTC').getTime());
      expect(figures.countersToday).toBe(0);
      expect(figures.lapsed).toBe(0);
      expect(figures.mostClaims).toBeLessThanOrEqual(DEFAULT_POOL_POLICY.dailyClaimLimit);
      expect(await inconsistencies()).toMatchObject({ wrongOwner: 0, wrongProtection: 0, wrongStatus: 0 });
      // Each rep still holds well under the cap, so claims and assignments in the demo go through.
      const holdings: { n: number }[] = await d.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id IS NOT NULL GROUP BY owner_id');
      expect(Math.max(...holdings.map((h) => h.n))).toBeLessThan(DEFAULT_POOL_POLICY.holdingCap - 10);
      for (const email of ['admin@berth.dev', 'manager1@berth.dev', 'rep3@berth.dev']) {
        const login = await gql(d.graphqlUrl, `mutation { login(input: { email: "${email}", password: "${DEMO_PASSWORD}" }) { user { email } } }`);
        expect(login.data?.login.user.email).toBe(email);
      }
      expect(await seedDemoDataIfEmpty(d.dataSource, now)).toBe(false);
    } finally {
      await d.stop();
    }
  });
});
