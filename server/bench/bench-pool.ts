/**
 * `pnpm bench:pool`: the recycle sweep over a million customers (a tenth of them due), then 32
 * concurrent claim clients through the product's ClaimService beside a naive check-then-act
 * claim on the same workload, with the violations each leaves. Results go to docs/benchmarks.md.
 */
import 'reflect-metadata';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { startBerthServer } from '../src/app';
import { ManualClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { CustomerNews } from '../src/modules/customers/customer-news';
import { KEYS_VERSION_SETTING, MATCH_KEYS_VERSION } from '../src/modules/duplicates/duplicate-gate';
import { RecycleRepository } from '../src/modules/pool/recycle.repository';
import { OwnershipLedger } from '../src/modules/ownership/ownership-ledger';
import { SettingsRepository } from '../src/modules/settings/settings.repository';
import type { Services } from '../src/services';
import { check, machine, scratchDatabase, writeSection } from './bench-support';
import { setBasedFloor } from './pool-floor';
import { naiveClaim, runClaims, violations, type ClaimOnce } from './pool-claims';
import { dueCount, seedPoolBench } from './pool-data';
import { CLIENTS, POOL, SHAPE, WORKLOADS } from './pool-config';
import { poolReport, type ClaimRun } from './pool-report';

async function main() {
  if (dueCount(SHAPE) < SHAPE.claimRuns * POOL) throw new Error(`BENCH_CUSTOMERS must be at least ${SHAPE.claimRuns * POOL * SHAPE.dueEvery}: the claim runs use the recycled customers`);
  // Port and data directory of its own: tests and other benches may run at the same time.
  const db = await scratchDatabase('berth_bench_pool', { port: 54410, dataDir: '/tmp/berth-bench-pool' });
  const ds = db.dataSource;
  let server: Awaited<ReturnType<typeof startBerthServer>> | null = null;
  try {
    // A real instant, held still so the due set cannot grow while the sweep is timed.
    const clock = new ManualClock(new Date());
    const now = clock.now();
    console.log(`Seeding ${SHAPE.customers.toLocaleString()} customers …`);
    const seedStart = Date.now();
    const reps = await seedPoolBench(ds, SHAPE, now);
    // No duplicate check is measured here: mark the keys current so start-up does not rebuild a million.
    await ds.transaction((m) => new SettingsRepository(ds).put(m, KEYS_VERSION_SETTING, MATCH_KEYS_VERSION, null, now));
    const seedSeconds = (Date.now() - seedStart) / 1000;
    console.log(`Seeded in ${seedSeconds.toFixed(0)} s`);

    // The server as main.ts starts it (services, live events over LISTEN/NOTIFY), on a free port.
    const config = { ...loadConfig({}), port: 0, databaseUrl: db.url, webDistDir: '/nonexistent', logLevel: 'silent' as const };
    server = await startBerthServer({ config, dataSource: ds, clock, logger: createLogger('silent') });
    const services = server.services;
    const policy = await services.policies.current();
    if (policy.holdingCap !== SHAPE.holdingCap) throw new Error(`the default holding cap changed to ${policy.holdingCap}; update SHAPE`);

    const plan = await explainDue(ds, now);
    console.log(plan.join('\n'));
    console.log('Set-based floor (rolled back) …');
    const floor = await setBasedFloor(ds, now, policy);
    console.log(floor);
    check(floor.moved === dueCount(SHAPE), `the set-based floor moved ${floor.moved} of ${dueCount(SHAPE)} due rows`);
    const sweep = await benchSweep(ds, services, now);
    console.log({ ...sweep, pooled: sweep.pooled.length });
    const runs = await benchClaims(ds, services, clock, reps, sweep.pooled);

    writeSection(
      'Public pool (`pnpm bench:pool`)',
      poolReport({
        date: now.toISOString().slice(0, 10),
        machine: machine(),
        postgres: (await ds.query('SHOW server_version'))[0].server_version,
        sharedBuffers: (await ds.query('SHOW shared_buffers'))[0].shared_buffers,
        seedSeconds,
        plan,
        sweep,
        floor,
        runs,
        policy,
      }),
    );
  } finally {
    await server?.stop();
    await db.close();
  }
}

/** The sweep as the scheduler runs it, checked afterwards, then once more with nothing due. */
async function benchSweep(ds: DataSource, services: Services, now: Date) {
  console.log('Sweeping …');
  const loadBefore = os.loadavg()[0];
  const phases = timePhases(RecycleRepository.prototype, ['due', 'factsOf']);
  const moves = timePhases(OwnershipLedger.prototype, ['apply']);
  const announce = timePhases(CustomerNews.prototype, ['toEachOwner']);
  const start = process.hrtime.bigint();
  const result = await services.recycleSweep.sweep(now);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  phases.stop();
  moves.stop();
  announce.stop();
  await checkSweep(ds, result.recycled.length);
  const idleStart = process.hrtime.bigint();
  const idle = await services.recycleSweep.sweep(now);
  const idleMs = Number(process.hrtime.bigint() - idleStart) / 1e6;
  if (idle.recycled.length) throw new Error(`a second sweep moved ${idle.recycled.length} more`);
  const pooled = result.recycled.map((r) => r.customerId).sort((a, b) => a - b);
  const calls = { ...phases.calls, ...moves.calls, ...announce.calls };
  return { moved: result.recycled.length, seconds, phases: { ...phases.totals, ...moves.totals, ...announce.totals }, calls, idleMs, loadBefore, pooled };
}

/** Every workload through both claims; each run gets its own reps and its own slice of the new pool. */
async function benchClaims(ds: DataSource, services: Services, clock: ManualClock, reps: number[][], pooled: number[]): Promise<ClaimRun[]> {
  if (pooled.length < reps.length * POOL) throw new Error(`the sweep pooled ${pooled.length}; the claim runs need ${reps.length * POOL}`);
  const policy = await services.policies.current();
  const variants: { name: ClaimRun['variant']; claimOnce: ClaimOnce }[] = [
    { name: 'product', claimOnce: productClaim(services) },
    { name: 'naive', claimOnce: naiveClaim(ds, () => services.policies.current(), clock) },
  ];
  const runs: ClaimRun[] = [];
  for (const { name: workload, w } of WORKLOADS) {
    for (const { name: variant, claimOnce } of variants) {
      const n = runs.length;
      const pool = pooled.slice(n * POOL, (n + 1) * POOL);
      console.log(`Claims: ${workload}, ${variant}, ${CLIENTS} clients …`);
      const r = await runClaims(reps[n], pool, w, claimOnce);
      const broken = await violations(ds, reps[n], pool, r.successes, policy);
      console.log({ ...r, successes: r.successes.length }, broken);
      if (variant === 'product') {
        const { mostClaimsByOneRep: _mostClaimsByOneRep, ...rules } = broken;
        check(Object.values(rules).every((n) => n === 0), `the product's claims broke a rule: ${JSON.stringify(broken)}`);
        check(r.successes.length > 0, 'the product claimed nothing');
      }
      runs.push({ workload, variant, r, broken });
    }
  }
  return runs;
}

/** The product's claim of one customer, as the claimCustomers mutation calls it. */
function productClaim(services: Services): ClaimOnce {
  return async (viewer, id) => {
    const [outcome] = await services.claims.claim(viewer, [id]);
    return outcome.ok ? null : outcome.code;
  };
}

/**
 * Wall time spent in each named method while the sweep runs, so the results say where the time
 * goes; the rest is the domain rule, round trips and commits (where the deferred ownership-event
 * trigger runs). Wraps the prototype for the duration only.
 */
function timePhases<T extends object>(proto: T, names: (keyof T & string)[]) {
  const totals: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const calls: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const target = proto as Record<string, unknown>;
  const originals = names.map((name) => {
    const original = target[name] as (...args: unknown[]) => Promise<unknown>;
    target[name] = async function (this: unknown, ...args: unknown[]) {
      const start = process.hrtime.bigint();
      calls[name]++;
      try {
        return await original.apply(this, args);
      } finally {
        totals[name] += Number(process.hrtime.bigint() - start) / 1e9;
      }
    };
    return [name, original] as const;
  });
  return { totals, calls, stop: () => originals.forEach(([name, original]) => (target[name] = original)) };
}

/** EXPLAIN ANALYZE of the sweep's due query, its text copied from RecycleRepository.due (rolled back: FOR UPDATE takes row locks). */
async function explainDue(ds: DataSource, now: Date): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.startTransaction();
  try {
    const rows: { 'QUERY PLAN': string }[] = await runner.query(
      `EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF)
       SELECT o.customer_id AS id, o.owner_id, o.owned_since, c.tier_code, c.status, o.locked
         FROM customer_ownership o JOIN customers c ON c.id = o.customer_id
        WHERE o.owner_id IS NOT NULL AND o.protected_until <= $1
          AND ($3::boolean IS FALSE OR c.status <> 'WON') AND ($6::boolean IS FALSE OR NOT o.locked)
          AND (o.protected_until, o.customer_id) > ($4::timestamptz, $5::int)
        ORDER BY o.protected_until, o.customer_id LIMIT $2 FOR UPDATE OF o SKIP LOCKED`,
      [now, 500, true, '-infinity', 0, true],
    );
    return rows.map((r) => r['QUERY PLAN']);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/** Exactly the due rows moved, each once with one event and one pool entry, and nothing else. */
async function checkSweep(ds: DataSource, moved: number) {
  const due = dueCount(SHAPE);
  const [found] = await ds.query(
    `SELECT (SELECT count(*) FROM customer_ownership WHERE owner_id IS NULL)::int AS pooled,
            (SELECT count(*) FROM customer_ownership WHERE owner_id IS NULL AND customer_id % $1 <> 0)::int AS wrong,
            (SELECT count(*) FROM customer_ownership WHERE locked AND owner_id IS NOT NULL)::int AS "lockedKept",
            (SELECT count(*) FROM pool_entries WHERE kind = 'RECYCLED')::int AS entries,
            (SELECT count(*) FROM ownership_events WHERE kind = 'RECYCLED')::int AS events`,
    [SHAPE.dueEvery],
  );
  const expected = { pooled: due, wrong: 0, lockedKept: Math.floor(SHAPE.customers / SHAPE.lockedEvery), entries: due, events: due };
  if (moved !== due || JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`sweep check failed: moved ${moved}, found ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
