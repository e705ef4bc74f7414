import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, type Viewer } from '@berth/domain';
import { generateHistory } from '../../server/src/db/seed/history/generate-history';
import { writeHistory } from '../../server/src/db/seed/history/write-history';
import { startTestServer, type TestServer } from '../support/test-server';
import { readPoolHistory } from '../support/pool-analytics-history';
import { expectedAnalytics, type AnalyticsCase } from '../support/pool-analytics-expected';

const TZ = 'Europe/Berlin';
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
});
