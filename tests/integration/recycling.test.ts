import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, selectRecyclable, type RecycleFacts } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;

/** The sweep against a controlled clock: exactly the due customers move, once, with their trail. */
describe('recycling sweep', () => {
  let t: TestServer;
  let repId: number;
  let rep: { email: string };
  // The clock moves by weeks here: sign in afresh before each use so sessions never run out.
  const fresh = () => loginAs(t.graphqlUrl, rep);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-10-01T00:00:00Z' });
    const user = await makeUser(t.dataSource, { name: 'Idle Ivan' });
    repId = user.id;
    rep = user;
    const token = await fresh();
    for (const name of ['Idle One', 'Idle Two', 'Followed Up', 'Won Deal', 'Locked Account']) {
      ids[name] = await createCustomerAs(t.graphqlUrl, token, { companyName: `${name} Works` });
    }
    await t.dataSource.query(`UPDATE customers SET status = 'WON' WHERE id = $1`, [ids['Won Deal']]);
    await t.dataSource.query(`UPDATE customer_ownership SET locked = true WHERE customer_id = $1`, [ids['Locked Account']]);
    t.clock.advance(20 * DAY);
    const res = await gql(
      t.graphqlUrl,
      'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Long call about next season" }) { followUp { counted } } }',
      { id: ids['Followed Up'] },
      { token: await fresh() },
    );
    expect(res.data.logFollowUp.followUp.counted).toBe(true);
  });
  afterAll(() => t.stop());

  const ownerOf = async (id: string) => (await t.dataSource.query('SELECT owner_id FROM customer_ownership WHERE customer_id = $1', [id]))[0].owner_id;

  it('recycles nothing one millisecond before protection ends, and exactly the idle ones at the instant it does', async () => {
    const created = new Date('2026-10-01T00:00:00Z').getTime();
    t.clock.set(new Date(created + 30 * DAY - 1));
    expect((await t.server.services.recycleSweep.sweep()).recycled).toEqual([]);

    t.clock.set(new Date(created + 30 * DAY));
    const result = await t.server.services.recycleSweep.sweep();
    expect(result.recycled.map((r) => String(r.customerId)).sort()).toEqual([ids['Idle One'], ids['Idle Two']].sort());
    expect(await ownerOf(ids['Followed Up'])).toBe(repId);
    expect(await ownerOf(ids['Won Deal'])).toBe(repId);
    expect(await ownerOf(ids['Locked Account'])).toBe(repId);
  });

  it('writes the ownership event and the pool entry with the reason', async () => {
    const [event] = await t.dataSource.query(`SELECT kind, from_user_id, to_user_id, actor_id, reason FROM ownership_events WHERE customer_id = $1 ORDER BY id DESC LIMIT 1`, [ids['Idle One']]);
    expect(event).toEqual({ kind: 'RECYCLED', from_user_id: repId, to_user_id: null, actor_id: null, reason: 'recycled: no valid follow-up for 30 days' });
    const [entry] = await t.dataSource.query('SELECT kind, previous_owner_id, reason FROM pool_entries WHERE customer_id = $1', [ids['Idle One']]);
    expect(entry).toEqual({ kind: 'RECYCLED', previous_owner_id: repId, reason: 'recycled: no valid follow-up for 30 days' });
  });

  it('changes nothing when run again, or when two sweeps run at once', async () => {
    for (const name of ['Aster', 'Bramble', 'Clover']) ids[name] = await createCustomerAs(t.graphqlUrl, await fresh(), { companyName: `${name} Dormant Co` });
    t.clock.advance(31 * DAY);
    const [a, b] = await Promise.all([t.server.services.recycleSweep.sweep(), t.server.services.recycleSweep.sweep()]);
    const moved = [...a.recycled, ...b.recycled].map((r) => String(r.customerId));
    expect(moved).toEqual(expect.arrayContaining([ids['Aster'], ids['Bramble'], ids['Clover'], ids['Followed Up']]));
    expect(new Set(moved).size).toBe(moved.length); // nobody twice
    expect((await t.server.services.recycleSweep.sweep()).recycled).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ownership_events WHERE kind = 'RECYCLED'`);
    const [{ m }] = await t.dataSource.query(`SELECT count(*)::int AS m FROM pool_entries`);
    expect(n).toBe(moved.length + 2);
    expect(m).toBe(n);
  });

  it('selects in SQL exactly what the domain rule selects on the same data', async () => {
    const token = await fresh();
    for (const name of ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir']) await createCustomerAs(t.graphqlUrl, token, { companyName: `${name} Parity Co` });
    t.clock.advance(31 * DAY);
    const rows = await t.dataSource.query(
      `SELECT c.id, o.owner_id, o.owned_since, c.tier_code, c.status, o.locked, o.protected_until
         FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE o.owner_id IS NOT NULL`,
    );
    const facts: RecycleFacts[] = [];
    for (const r of rows) {
      const followUps = await t.dataSource.query('SELECT type, content, occurred_at AS at FROM follow_ups WHERE customer_id = $1 AND occurred_at >= $2', [r.id, r.owned_since]);
      facts.push({ id: r.id, ownerId: r.owner_id, ownedSince: r.owned_since, tier: r.tier_code, status: r.status, locked: r.locked, hasWonDeal: r.status === 'WON', followUps });
    }
    const now = t.clock.now();
    const byRule = selectRecyclable(facts, now, { ...DEFAULT_POOL_POLICY, teamTimeZone: 'UTC' }).map((s) => s.customerId).sort();
    const bySql = rows.filter((r: any) => r.protected_until <= now && !r.locked && r.status !== 'WON').map((r: any) => r.id).sort();
    expect(bySql).toEqual(byRule);
    expect(bySql.length).toBeGreaterThan(0);
    const swept = (await t.server.services.recycleSweep.sweep()).recycled.map((r) => r.customerId).sort();
    expect(swept).toEqual(byRule);
  });

  it('recycles locked and won customers too once the policy stops keeping them', async () => {
    const admin = await makeUser(t.dataSource, { role: 'ADMIN' });
    const policy = await t.server.services.policies.current();
    await t.server.services.policies.update({ userId: admin.id, role: 'ADMIN', departmentPath: null }, { ...policy, excludeLocked: false, excludeWon: false });
    const moved = (await t.server.services.recycleSweep.sweep()).recycled.map((r) => String(r.customerId)).sort();
    expect(moved).toEqual([ids['Won Deal'], ids['Locked Account']].sort());
    expect(await ownerOf(ids['Locked Account'])).toBeNull();
  });
});
