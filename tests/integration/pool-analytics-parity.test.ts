import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsRange, churnWindow, DEFAULT_POOL_POLICY, type Viewer } from '@berth/domain';
import { PoolAnalyticsRollupRepository } from '../../server/src/modules/analytics/pool-analytics-rollup.repository';
import { PoolAnalyticsRepository } from '../../server/src/modules/analytics/pool-analytics.repository';
import { RunningTotalsRepository } from '../../server/src/modules/analytics/running-totals.repository';
import { generateHistory } from '../../server/src/db/seed/history/generate-history';
import { writeHistory } from '../../server/src/db/seed/history/write-history';
import { startTestServer, type TestServer } from '../support/test-server';
import { readPoolHistory } from '../support/pool-analytics-history';
import { expectedAnalytics, type AnalyticsCase } from '../support/pool-analytics-expected';

const TZ = 'Europe/Berlin';
const rollups = () => new PoolAnalyticsRollupRepository(new RunningTotalsRepository(), new PoolAnalyticsRepository());
const END = new Date('2026-05-20T10:00:00Z');

/**
 * The SQL that serves poolAnalytics returns the domain's numbers: a generated history of
 * thousands of events across the spring-forward change (Berlin, 29 March 2026), written to the
 * database, then read back and given to the domain functions, compared for several ranges,
 * buckets, scopes and filters.
 */
describe('poolAnalytics: SQL and domain agree on a generated history', () => {
  let t: TestServer;
  let read: Awaited<ReturnType<typeof readPoolHistory>>;
  let admin: Viewer;
  let manager: Viewer;
  let subDepartment: string;
  let someRep: number;

  beforeAll(async () => {
    t = await startTestServer({ now: END.toISOString(), config: { teamTimeZone: TZ } });
    const policy = { ...DEFAULT_POOL_POLICY, teamTimeZone: TZ };
    const history = generateHistory({ start: new Date('2025-12-01T00:00:00Z'), end: END, timeZone: TZ, departments: 3, repsPerDepartment: 4, customers: 1400, seed: 7, keyPrefix: 'p-' });
    expect(history.events.length).toBeGreaterThanOrEqual(5000);
    await writeHistory(t.dataSource.manager, history, { policy, batchSize: 2000, nameKeys: 'lowercase' });
    read = await readPoolHistory(t.dataSource);
    const [m] = await t.dataSource.query(
      `SELECT u.id, d.path FROM users u JOIN departments d ON d.id = u.department_id WHERE u.role = 'MANAGER' AND d.parent_id IS NULL AND u.email LIKE 'p-%' ORDER BY u.id LIMIT 1`,
    );
    manager = { userId: m.id, role: 'MANAGER', departmentPath: m.path };
    admin = { userId: m.id, role: 'ADMIN', departmentPath: null };
    const [sub] = await t.dataSource.query(`SELECT path FROM departments WHERE path LIKE $1 AND path <> $1 ORDER BY id LIMIT 1`, [`${m.path}%`]);
    subDepartment = sub?.path ?? m.path;
    someRep = (await t.dataSource.query(`SELECT previous_owner_id AS id FROM pool_entries WHERE kind = 'RECYCLED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`))[0].id;
  }, 120_000);
  afterAll(() => t?.stop());

  async function compare(viewer: Viewer, c: AnalyticsCase) {
    const departmentId = c.departmentPath ? (await t.dataSource.query('SELECT id FROM departments WHERE path = $1', [c.departmentPath]))[0].id : null;
    const actual = await t.server.services.poolAnalytics.analytics(viewer, {
      ...c,
      departmentId: departmentId === null ? null : String(departmentId),
      repId: c.repId == null ? null : String(c.repId),
      regionId: c.regionId == null ? null : String(c.regionId),
    });
    const expected = expectedAnalytics(read, viewer, c, END, TZ);
    const { churnLoops, dwell, ...rest } = actual;
    const { churnLoops: expectedLoops, dwell: expectedDwell, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    expect(churnLoops.map(({ companyName: _, ...r }) => r)).toEqual(expectedLoops);
    expect(dwell.exits).toBe(expectedDwell.exits);
    for (const k of ['medianDays', 'p90Days'] as const) {
      if (expectedDwell[k] === null) expect(dwell[k]).toBeNull();
      else expect(dwell[k]).toBeCloseTo(expectedDwell[k]!, 9);
    }
    return actual;
  }

  it('has flows to compare: a history across the DST change with every kind of move', async () => {
    const kinds = new Set(read.history.events.map((e) => e.kind));
    for (const k of ['CREATED', 'CLAIMED', 'ASSIGNED', 'RETURNED', 'RECYCLED']) expect(kinds).toContain(k);
    const r = await compare(admin, { preset: 'CUSTOM', from: '2026-03-16', to: '2026-04-12', bucket: 'DAY' });
    expect(r.buckets.reduce((n, b) => n + b.inflow + b.outflow, 0)).toBeGreaterThan(100);
  });

  it.each<[string, AnalyticsCase]>([
    ['last 90 days by day', { preset: 'LAST_90_DAYS', bucket: 'DAY' }],
    ['weeks across the DST change', { preset: 'CUSTOM', from: '2026-03-01', to: '2026-04-30', bucket: 'WEEK' }],
    ['months, the whole history', { preset: 'CUSTOM', from: '2025-12-01', to: '2026-05-31', bucket: 'MONTH' }],
    ['a past range (dead stock and stock from the trail)', { preset: 'CUSTOM', from: '2026-02-01', to: '2026-03-31', bucket: 'WEEK' }],
    ['today', { preset: 'TODAY', bucket: 'DAY' }],
    ['after the change (boomerang from the running totals)', { preset: 'CUSTOM', from: '2026-04-01', to: '2026-05-20', bucket: 'DAY' }],
    ['tier A', { preset: 'LAST_90_DAYS', bucket: 'WEEK', tier: 'A' }],
    ['source and industry', { preset: 'CUSTOM', from: '2026-01-01', to: '2026-05-20', bucket: 'MONTH', source: 'Referral', industry: 'Manufacturing' }],
  ])('admin, %s', async (_, c) => {
    await compare(admin, c);
  });

  it('a manager: their subtree, a sub-department, one rep, a region', async () => {
    await compare(manager, { preset: 'LAST_90_DAYS', bucket: 'DAY' });
    await compare(manager, { preset: 'CUSTOM', from: '2026-03-20', to: '2026-04-05', bucket: 'DAY', departmentPath: subDepartment });
    await compare(admin, { preset: 'LAST_90_DAYS', bucket: 'WEEK', repId: someRep });
    const [region] = await t.dataSource.query('SELECT region_id AS id FROM customers WHERE region_id IS NOT NULL LIMIT 1');
    await compare(manager, { preset: 'CUSTOM', from: '2026-01-01', to: '2026-05-20', bucket: 'MONTH', regionId: region.id });
  });

  it('finds the most recycled customers from the churn marks without counting every customer', async () => {
    const c: AnalyticsCase = { preset: 'LAST_90_DAYS', bucket: 'DAY' };
    const expected = expectedAnalytics(read, admin, c, END, TZ).churnLoops.map(({ customerId, recycles }) => ({ customerId, recycles }));
    expect(expected.length).toBeGreaterThan(12);
    const window = churnWindow(analyticsRange({ preset: 'LAST_90_DAYS', bucket: 'DAY' }, END, TZ));
    for (const listed of [1, 5, 12]) {
      const rows = await rollups().churn.mostRecycled(t.dataSource.manager, window, listed);
      const ranked = rows.sort((a, b) => b.recycles - a.recycles || a.customerId - b.customerId).map(({ customerId, recycles }) => ({ customerId, recycles }));
      expect(ranked).toEqual(expected.slice(0, listed));
    }
  });

  it('gives the same numbers once the running totals have folded their deltas', async () => {
    const pending = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM analytics_deltas'))[0].n);
    expect(await pending()).toBeGreaterThan(0);
    expect(await t.server.services.poolAnalytics.foldPending()).toBeGreaterThan(0);
    expect(await pending()).toBe(0);
    await compare(admin, { preset: 'LAST_90_DAYS', bucket: 'DAY' });
    await compare(admin, { preset: 'CUSTOM', from: '2026-04-01', to: '2026-05-20', bucket: 'DAY' });
    await compare(admin, { preset: 'CUSTOM', from: '2025-12-01', to: '2026-05-31', bucket: 'MONTH' });
    await compare(manager, { preset: 'LAST_90_DAYS', bucket: 'DAY' });
    // Totals before an hour are read from the 48 hours before it when the daily checkpoints reach
    // it, and key by key when they lag (no folder ran for days): the same numbers either way.
    const [{ day }] = await t.dataSource.query('SELECT day::text AS day FROM analytics_checkpoints');
    await t.dataSource.query(`UPDATE analytics_checkpoints SET day = '2025-11-01'`);
    try {
      await compare(admin, { preset: 'LAST_90_DAYS', bucket: 'DAY' });
      await compare(admin, { preset: 'CUSTOM', from: '2026-04-01', to: '2026-05-20', bucket: 'DAY' });
    } finally {
      await t.dataSource.query('UPDATE analytics_checkpoints SET day = $1', [day]);
    }
  });

  it('keeps the current churn window as the days pass: its most recycled customers match the domain', async () => {
    const topOf = async (now: Date, listed: number) => {
      const c: AnalyticsCase = { preset: 'TODAY', bucket: 'DAY' };
      const window = churnWindow(analyticsRange({ preset: 'TODAY', bucket: 'DAY' }, now, TZ));
      const [bounds] = await t.dataSource.query('SELECT start_at AS "startAt" FROM churn_window_bounds');
      expect(bounds.startAt).toEqual(window.startAt);
      const rows = await rollups().churn.mostRecycled(t.dataSource.manager, window, listed);
      const expected = expectedAnalytics(read, admin, c, now, TZ).churnLoops.map(({ customerId, recycles }) => ({ customerId, recycles }));
      expect(rows.map(({ customerId, recycles }) => ({ customerId, recycles })).sort((a, b) => b.recycles - a.recycles || a.customerId - b.customerId)).toEqual(expected.slice(0, listed));
    };
    await t.server.services.poolAnalytics.foldPending();
    await topOf(END, 12);
    try {
      // 260 days on, the window is counted again; nine days after that it moves by nine days, and
      // the recycles that fell out of it (late January) are taken away.
      for (const days of [260, 269]) {
        const later = new Date(END.getTime() + days * 86_400_000);
        t.clock.set(later);
        await t.server.services.poolAnalytics.foldPending();
        await topOf(later, 12);
        await topOf(later, 100);
      }
    } finally {
      t.clock.set(END);
      await t.server.services.poolAnalytics.foldPending();
    }
    // Recycles written now are counted into the current window by the pool entries' trigger.
    const [{ id: quiet }] = await t.dataSource.query(
      `SELECT o.customer_id AS id FROM customer_ownership o WHERE NOT EXISTS (SELECT 1 FROM pool_entries p WHERE p.customer_id = o.customer_id) ORDER BY 1 LIMIT 1`,
    );
    for (let i = 1; i <= 12; i++) {
      await t.dataSource.query(`INSERT INTO pool_entries (customer_id, kind, previous_owner_id, reason, entered_at) VALUES ($1, 'RECYCLED', $2, 'recycled: no deal', $3)`, [
        quiet,
        someRep,
        new Date(END.getTime() - i * 3_600_000),
      ]);
    }
    read = await readPoolHistory(t.dataSource);
    await topOf(END, 12);
    const rows = await rollups().churn.mostRecycled(t.dataSource.manager, churnWindow(analyticsRange({ preset: 'TODAY', bucket: 'DAY' }, END, TZ)), 1);
    expect(rows).toMatchObject([{ customerId: quiet, recycles: 12 }]);
  });
});
