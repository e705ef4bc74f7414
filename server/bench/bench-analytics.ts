/**
 * `pnpm bench:analytics`: the manager's desk at company scale. Seeds 1,000,000 customers with
 * two years of generated history (≥ 5,000,000 ownership events) for 5,000 reps in 200
 * departments, through the same generator and bulk writer as the demo; then measures, in the
 * same run and on the same data, `teamLoad` for a 50-rep department and `poolAnalytics` for 90
 * days by day for the whole company, each beside a baseline that aggregates the raw events per
 * request. Results go to docs/benchmarks.md.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@berth/domain';
import { startBerthServer } from '../src/app';
import { ManualClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createDataSource } from '../src/db/data-source';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { KEYS_VERSION_SETTING, MATCH_KEYS_VERSION } from '../src/modules/duplicates/duplicate-gate';
import { SettingsRepository } from '../src/modules/settings/settings.repository';
import { SMOKE, check, fmt, machine, measure, ratio, scratchDatabase, sized, writeSection } from './bench-support';
import { seedAnalyticsBench, type AnalyticsBenchShape, type SeededCompany } from './analytics-seed';
import { baselinePoolFlows, baselineTeamLoad } from './analytics-baseline';

const SHAPE: AnalyticsBenchShape = {
  chunks: sized(100, 2, 'BENCH_CHUNKS'),
  customersPerChunk: sized(10_000, 1_500),
  repsPerDepartment: 25,
  days: sized(730, 180),
  timeZone: 'Asia/Shanghai',
};
const TEAM_RUNS = sized(60, 5);
const ANALYTICS_RUNS = sized(30, 3);
const BASELINE_ANALYTICS_RUNS = sized(6, 2);
const TARGET_TEAM_MS = 50;
const TARGET_ANALYTICS_MS = 300;

/**
 * `--seed-only` seeds and stops, keeping the database; `--reuse` measures on a database a
 * `--seed-only` run left (migrations added since then run first) and keeps it for the next. The seed is the long part,
 * so it can run while the machine is busy and the timed part when it is quiet.
 */
const SEED_ONLY = process.argv.includes('--seed-only');
const REUSE = process.argv.includes('--reuse');
// A smoke run (\`pnpm test:bench\`) gets its own server: it stops whatever runs on its data directory first.
const PORT = SMOKE ? 54431 : 54430;
const DATA_DIR = SMOKE ? '/tmp/berth-bench-analytics-smoke' : '/tmp/berth-bench-analytics';
const DB_NAME = 'berth_bench_analytics';
const SEEDED_SETTING = 'bench-analytics-seeded';

interface Seeded {
  now: string;
  company: SeededCompany;
  seedSeconds: number;
}

async function openDatabase(): Promise<{ url: string; dataSource: DataSource; migrated?: number; close(keep: boolean): Promise<void> }> {
  if (!REUSE && !SEED_ONLY) return scratchDatabase(DB_NAME, { port: PORT, dataDir: DATA_DIR });
  if (SEED_ONLY) fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT, database: DB_NAME, logger: createLogger('silent') });
  const dataSource = createDataSource(embedded.url, { poolSize: 40 });
  await dataSource.initialize();
  const migrated = (await dataSource.runMigrations()).length;
  return {
    url: embedded.url,
    dataSource,
    migrated,
    close: async (keep) => {
      await dataSource.destroy();
      await embedded.stop();
      if (!keep) fs.rmSync(DATA_DIR, { recursive: true, force: true });
    },
  };
}

async function main() {
  // Port and data directory of its own: tests and other benches may run at the same time.
  const db = await openDatabase();
  const ds = db.dataSource;
  const settings = new SettingsRepository(ds);
  let server: Awaited<ReturnType<typeof startBerthServer>> | null = null;
  // A seeded database outlives the runs that reuse it: it took half an hour to write.
  let keep = REUSE;
  try {
    let seeded = REUSE ? await settings.get<Seeded>(SEEDED_SETTING) : null;
    if (REUSE && !seeded) throw new Error(`--reuse: no seeded database in ${DATA_DIR}; run with --seed-only first`);
    if (!seeded) {
      const now = new Date();
      console.log(`Seeding ${(SHAPE.chunks * SHAPE.customersPerChunk).toLocaleString()} customers over ${SHAPE.days} days …`);
      const seedStart = Date.now();
      const company = await seedAnalyticsBench(ds, SHAPE, now, (line) => process.stdout.write(`${line}\r`));
      // No duplicate check is measured here: mark the keys current so start-up does not rebuild a million.
      await ds.transaction((m) => settings.put(m, KEYS_VERSION_SETTING, MATCH_KEYS_VERSION, null, now));
      await ds.query('VACUUM ANALYZE');
      await ds.query('CHECKPOINT');
      seeded = { now: now.toISOString(), company, seedSeconds: (Date.now() - seedStart) / 1000 };
      await ds.transaction((m) => settings.put(m, SEEDED_SETTING, seeded, null, now));
    } else if (db.migrated) {
      // Migrations added since the seed may have backfilled tables: statistics for the planner again.
      console.log(`${db.migrated} migration(s) added since the seed ran; VACUUM ANALYZE …`);
      await ds.query('VACUUM ANALYZE');
    }
    if (SEED_ONLY) {
      keep = true;
      console.log(`\nSeeded in ${seeded.seedSeconds.toFixed(0)} s; kept in ${DATA_DIR} for --reuse.`);
      return;
    }
    const clock = new ManualClock(new Date(seeded.now));
    const now = clock.now();
    const { company, seedSeconds } = seeded;
    const [sizes] = await ds.query(`SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM ownership_events)::int AS events,
        (SELECT count(*) FROM follow_ups)::int AS "followUps", (SELECT count(*) FROM users WHERE role = 'REP')::int AS reps,
        (SELECT count(*) FROM departments)::int - 1 AS departments, (SELECT count(*) FROM customer_ownership WHERE owner_id IS NULL)::int AS pool`);
    console.log(`\nSeeded in ${seedSeconds.toFixed(0)} s:`, sizes);
    check(sizes.events === company.events, 'every generated event was written');
    if (!SMOKE) check(sizes.customers >= 1_000_000 && sizes.events >= 5_000_000 && sizes.reps >= 5_000 && sizes.departments >= 200, 'the issue’s shape');

    const config = { ...loadConfig({}), port: 0, databaseUrl: db.url, webDistDir: '/nonexistent', logLevel: 'silent' as const, teamTimeZone: SHAPE.timeZone };
    server = await startBerthServer({ config, dataSource: ds, clock, logger: createLogger('silent') });
    const services = server.services;
    // A running server folds the running totals' pending deltas every second (main.ts); a seed
    // leaves millions pending, and the reads are exact either way, so fold as the server would.
    const foldStart = Date.now();
    const folded = await services.poolAnalytics.foldPending();
    console.log(`Folded ${folded.toLocaleString()} pending running-total counts in ${((Date.now() - foldStart) / 1000).toFixed(1)} s.`);

    // teamLoad: each chunk's top manager sees their department and its sub-team (2 × 25 reps).
    const managers = company.managers;
    const viewerOf = (i: number): Viewer => ({ userId: managers[i % managers.length].id, role: 'MANAGER', departmentPath: managers[i % managers.length].path });
    const sample = await services.team.teamLoad(viewerOf(0), null);
    const reps = sample.reps.filter((r) => r.rep.role === 'REP').length;
    check(reps === 2 * SHAPE.repsPerDepartment, `teamLoad shows the manager's ${2 * SHAPE.repsPerDepartment} reps (got ${reps})`);
    const raw = await baselineTeamLoad(ds, managers[0].path, now, SHAPE.timeZone);
    const holdingsOf = new Map(raw.map((r) => [r.repId, r.holdings]));
    // Agreement checks are settled after the timings, so a disagreement still shows what was measured.
    const agreements: [boolean, string][] = [];
    agreements.push([sample.reps.every((r) => r.figures.holdings === holdingsOf.get(Number(r.rep.id))), 'teamLoad holdings equal the raw trail’s']);
    console.log('teamLoad …');
    await measure(5, (i) => services.team.teamLoad(viewerOf(i + 1), null)); // warm-up
    // Each run a department not viewed since PostgreSQL started (its rows not in shared buffers) …
    const team = await measure(TEAM_RUNS, (i) => services.team.teamLoad(viewerOf(i), null));
    // … then the same departments again, as a desk open on one refreshes after each claim or follow-up.
    const teamAgain = await measure(TEAM_RUNS, (i) => services.team.teamLoad(viewerOf(i), null));
    const teamRaw = await measure(Math.max(3, Math.floor(TEAM_RUNS / 4)), (i) => baselineTeamLoad(ds, managers[i % managers.length].path, now, SHAPE.timeZone));
    console.log({ team, teamAgain, teamRaw });

    // poolAnalytics for the whole company, 90 days by day, as an admin.
    const admin: Viewer = { userId: company.admin.id, role: 'ADMIN', departmentPath: company.admin.path };
    const input = { preset: 'LAST_90_DAYS' as const, bucket: 'DAY' as const };
    const result = await services.poolAnalytics.analytics(admin, input);
    const flows = await baselinePoolFlows(ds, now, result.buckets.length, SHAPE.timeZone);
    check(result.buckets.length === flows.length, `the same days (${result.buckets.length} and ${flows.length})`);
    const sum = (list: object[], key: string) => list.reduce((s, b) => s + Number((b as Record<string, number>)[key]), 0);
    for (const key of ['claimed', 'assigned', 'returned', 'released', 'imported']) {
      agreements.push([sum(result.buckets, key) === sum(flows, key), `${key} over 90 days: poolAnalytics ${sum(result.buckets, key)}, raw events ${sum(flows, key)}`]);
    }
    agreements.push([result.buckets[result.buckets.length - 1].stockAtEnd === sizes.pool, `the last day's stock is today's pool (${sizes.pool})`]);
    agreements.push([flows[flows.length - 1].stockAtEnd === sizes.pool, `the raw trail's stock is today's pool (${sizes.pool})`]);
    for (const [ok, what] of agreements) if (!ok) console.log(`DISAGREE: ${what}`);
    console.log('poolAnalytics …');
    await measure(2, () => services.poolAnalytics.analytics(admin, input)); // warm-up
    const analytics = await measure(ANALYTICS_RUNS, () => services.poolAnalytics.analytics(admin, input));
    const analyticsRaw = await measure(BASELINE_ANALYTICS_RUNS, () => baselinePoolFlows(ds, now, 90, SHAPE.timeZone));
    console.log({ analytics, analyticsRaw });
    for (const [ok, what] of agreements) check(ok, what);

    const row = (what: string, product: { n: number; p50: number; p95: number }, base: { n: number; p50: number; p95: number }, target: number) =>
      `| ${what} | ${fmt(product.p50)} | **${fmt(product.p95)}** (n=${product.n}) | ≤ ${target} ${product.p95 <= target ? '✔' : '✘ missed'} | ${fmt(base.p50)} | ${fmt(base.p95)} (n=${base.n}) | ${ratio(product.p95, base.p95)} |`;
    writeSection(
      'Manager’s desk (`pnpm bench:analytics`)',
      `
${now.toISOString().slice(0, 10)}, ${machine()}, PostgreSQL ${(await ds.query('SHOW server_version'))[0].server_version} (embedded, shared_buffers ${(await ds.query('SHOW shared_buffers'))[0].shared_buffers}).

Data: ${sizes.customers.toLocaleString()} customers, ${sizes.events.toLocaleString()} ownership events and ${sizes.followUps.toLocaleString()} follow-ups over ${SHAPE.days} days, ${sizes.reps.toLocaleString()} reps in ${sizes.departments} departments (${SHAPE.timeZone}); ${sizes.pool.toLocaleString()} customers in the pool at the end.
Generated by the demo's history generator (\`server/src/db/seed/history\`, JS, every move through the domain's rules) in ${SHAPE.chunks} teams of ${SHAPE.customersPerChunk.toLocaleString()} customers and 2 × ${SHAPE.repsPerDepartment} reps, each written by \`writeHistory\` in one transaction with every trigger on: seed ${seedSeconds.toFixed(0)} s (generate ${company.generateSeconds.toFixed(0)} s, write ${company.writeSeconds.toFixed(0)} s, then VACUUM ANALYZE).

| query | p50 ms | p95 ms | target | raw events p50 ms | raw events p95 ms | product / raw (p95) |
|---|---|---|---|---|---|---|
${row('`teamLoad`, a manager’s 50-rep department, first view since PostgreSQL started (in-process, `services.team.teamLoad`)', team, teamRaw, TARGET_TEAM_MS)}
${row('`teamLoad`, the same departments again (a desk refreshing after a claim or follow-up)', teamAgain, teamRaw, TARGET_TEAM_MS)}
${row('`poolAnalytics`, 90 days by day, whole company, admin (in-process, `services.poolAnalytics.analytics`)', analytics, analyticsRaw, TARGET_ANALYTICS_MS)}

Raw events: plain SQL per request over ownership_events, pool_entries and follow_ups with their indexes (\`server/bench/analytics-baseline.ts\`). For the desk: holdings from each touched customer's latest event, claims today and follow-ups in 7 days counted from the rows, last activity. For the pool: the 90 days' inflow by kind, outflow, 48-hour activation of claims, and each day's closing stock from the trail's current pool minus later net flow — the flows page alone, not the cohorts, boomerang, dwell or dead stock that \`poolAnalytics\` also answers. Checked in the run: holdings equal between \`teamLoad\` and the raw trail, and the 90 days' claimed, assigned, returned, released and imported totals and the closing stock equal between \`poolAnalytics\` and the raw rows.
`,
    );
  } finally {
    await server?.stop();
    await db.close(keep);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
