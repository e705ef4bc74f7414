import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsRange, churnWindow } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

/**
 * The current churn window is moved along by the folder while recycles keep being written. A
 * recycle's trigger counts it into the window it sees and holds the window's bounds FOR SHARE
 * until it commits; moving the window takes them FOR UPDATE. So a recycle just past the old
 * window's end, still uncommitted when the day changes, is neither missed by the trigger (old
 * bounds) and by the move (not yet visible) nor counted twice.
 */
describe('churn window: a recycle committing while the folder moves the window', () => {
  let t: TestServer;
  let customerId: number;
  let repId: number;
  const TZ = 'UTC';

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-10-01T08:00:00Z', config: { teamTimeZone: TZ } });
    const rep = await makeUser(t.dataSource, { name: 'Churn Rep' });
    repId = rep.id;
    customerId = Number(await createCustomerAs(t.graphqlUrl, await loginAs(t.graphqlUrl, rep), { companyName: 'Revolving Door Trading' }));
  });
  afterAll(() => t?.stop());

  const recycleSql = `INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, entered_at) VALUES ($1, 'RECYCLED', $2, 'recycled: no deal', $3)`;
  const counted = async () => (await t.dataSource.query('SELECT n FROM churn_window WHERE customer_id = $1', [customerId]))[0]?.n ?? 0;

  it('counts the recycle exactly once', async () => {
    for (const at of ['2026-09-10T10:00:00Z', '2026-09-20T10:00:00Z']) await t.dataSource.query(recycleSql, [customerId, repId, at]);
    await t.server.services.poolAnalytics.foldPending();
    expect(await counted()).toBe(2);

    // Tomorrow's first hour, written while the window still ends tonight: the trigger sees the old bounds.
    const writer = t.dataSource.createQueryRunner();
    await writer.connect();
    await writer.startTransaction();
    await writer.query(recycleSql, [customerId, repId, '2026-10-02T00:30:00Z']);

    t.clock.set('2026-10-02T01:00:00Z');
    let moved = false;
    const moving = t.server.services.poolAnalytics.foldPending().finally(() => (moved = true));
    // Wait until the folder is queued behind the writer's share lock on the bounds (were the
    // lock missing, it would finish instead, and the count below would miss the recycle).
    while (!moved) {
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%berth_fold_analytics%'`,
      );
      if (waiting > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writer.commitTransaction();
    await writer.release();
    await moving;

    const window = churnWindow(analyticsRange({ preset: 'TODAY', bucket: 'DAY' }, t.clock.now(), TZ));
    const [{ recount }] = await t.dataSource.query(
      `SELECT count(*)::int AS recount FROM pool_entries WHERE customer_id = $1 AND kind = 'RECYCLED' AND entered_at >= $2 AND entered_at < $3`,
      [customerId, window.startAt, window.endAt],
    );
    expect(recount).toBe(3);
    expect(await counted()).toBe(3);
  });
});
