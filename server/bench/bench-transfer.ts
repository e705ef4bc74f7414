/**
 * `pnpm bench:transfer`: a departure. A rep holding 5,000 customers with 50,000 related rows
 * (five contacts and five follow-ups each), among 200,000 other customers, is transferred by an
 * admin spread over four colleagues: the request, its snapshot and the background job on the
 * PostgreSQL queue, chunk by chunk, until the request is DONE. Beside it, in the same run, the
 * same moves of another rep's 5,000 customers through the manager's direct reassign (500 at a
 * time, as the API takes them). Every move is checked. Results go to docs/benchmarks.md.
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@berth/domain';
import { startBerthServer } from '../src/app';
import { ManualClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { KEYS_VERSION_SETTING, MATCH_KEYS_VERSION } from '../src/modules/duplicates/duplicate-gate';
import { SettingsRepository } from '../src/modules/settings/settings.repository';
import { check, machine, ratio, scratchDatabase, sized, writeSection } from './bench-support';
import { seedPoolBench } from './pool-data';

const BACKGROUND = sized(200_000, 2_000, 'BENCH_CUSTOMERS');
const OWNERS = sized(1_000, 10);
const HELD = sized(5_000, 50, 'BENCH_HELD');
const CONTACTS_EACH = 5;
const FOLLOW_UPS_EACH = 5;
const RECEIVERS = 4;
const TARGET_S = 30;

async function main() {
  const db = await scratchDatabase('berth_bench_transfer', { port: 54430, dataDir: '/tmp/berth-bench-transfer' });
  const ds = db.dataSource;
  let server: Awaited<ReturnType<typeof startBerthServer>> | null = null;
  try {
    const clock = new ManualClock(new Date());
    const now = clock.now();
    console.log(`Seeding ${BACKGROUND.toLocaleString()} customers, then two reps with ${HELD.toLocaleString()} each …`);
    await seedPoolBench(ds, { customers: BACKGROUND, dueEvery: 10, lockedEvery: 200, owners: OWNERS, claimRuns: 0, claimReps: 0, holdingCap: 200, capHeadroom: 0 }, now);
    const people = await seedDepartures(ds, now);
    await ds.transaction((m) => new SettingsRepository(ds).put(m, KEYS_VERSION_SETTING, MATCH_KEYS_VERSION, null, now));
    await ds.query('VACUUM ANALYZE');
    await ds.query('CHECKPOINT');

    const config = { ...loadConfig({}), port: 0, databaseUrl: db.url, webDistDir: '/nonexistent', logLevel: 'silent' as const };
    server = await startBerthServer({ config, dataSource: ds, clock, logger: createLogger('silent') });
    const services = server.services;
    const admin: Viewer = { userId: people.admin, role: 'ADMIN', departmentPath: '/1/' };
    // Room for the whole departure: the default cap (200) would stop it after 800, as it should.
    await services.policies.update(admin, { ...(await services.policies.current()), holdingCap: HELD * 2 });

    console.log('Departure through the job queue …');
    const related = await relatedRows(ds, people.leaver);
    const start = process.hrtime.bigint();
    const request = await services.transfers.start(admin, { fromUserId: people.leaver, customerIds: null, receiverMode: 'SPREAD', toUserIds: people.receivers, keepReadDays: null, note: 'Leaving at the end of the month' });
    check(request.status === 'QUEUED', `an admin's departure starts at once, got ${request.status}`);
    await untilDone(ds, request.id);
    const departureS = Number(process.hrtime.bigint() - start) / 1e9;
    await checkDeparture(ds, request.id, people, related);
    console.log(`  ${departureS.toFixed(1)} s`);

    console.log('The same moves through the direct reassign, 500 at a time …');
    const ids: number[] = (await ds.query('SELECT customer_id AS id FROM customer_ownership WHERE owner_id = $1 ORDER BY customer_id', [people.other])).map((r: { id: number }) => r.id);
    const directStart = process.hrtime.bigint();
    let moved = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const outcomes = await services.assignments.assign(admin, ids.slice(i, i + 500), people.receivers, 'FEWEST_HELD_FIRST');
      moved += outcomes.filter((o) => o.ok).length;
    }
    const directS = Number(process.hrtime.bigint() - directStart) / 1e9;
    check(moved === HELD, `the direct reassign moved ${moved} of ${HELD}`);
    console.log(`  ${directS.toFixed(1)} s`);

    writeSection('Departures (`pnpm bench:transfer`)', report({ departureS, directS, related }));
  } finally {
    await server?.stop();
    await db.close();
  }
}

/** Department 1 with an admin, the leaving rep, another rep for the baseline, and the receivers; each leaver holds HELD customers with their related rows. */
async function seedDepartures(ds: DataSource, now: Date) {
  const base = OWNERS + 1;
  const admin = base;
  const leaver = base + 1;
  const other = base + 2;
  const receivers = Array.from({ length: RECEIVERS }, (_, i) => base + 3 + i);
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await m.query(`INSERT INTO departments (id, name, parent_id, path) VALUES (1, 'Harbour', NULL, '/1/')`);
    await m.query(
      `INSERT INTO users (id, email, name, role, password_hash, created_at, department_id)
       SELECT g, 'person' || g || '@bench.test', 'Person ' || g, CASE WHEN g = $1 THEN 'ADMIN' ELSE 'REP' END::user_role, 'not-a-hash', $2, 1
         FROM generate_series($1::int, $3::int) g`,
      [base, now, base + 2 + RECEIVERS],
    );
    // The first HELD customers that are neither due nor locked go to the leaver, the next HELD to the other rep, protected well ahead.
    await m.query(
      `WITH picked AS (
         SELECT customer_id, row_number() OVER (ORDER BY customer_id) AS n FROM customer_ownership
          WHERE customer_id % 10 <> 0 AND customer_id % 200 <> 5 ORDER BY customer_id LIMIT $3 * 2
       )
       UPDATE customer_ownership o SET owner_id = CASE WHEN picked.n <= $3 THEN $1::int ELSE $2::int END, protected_until = $4::timestamptz + interval '20 days'
         FROM picked WHERE o.customer_id = picked.customer_id`,
      [leaver, other, HELD, now],
    );
    await m.query(
      `INSERT INTO contacts (customer_id, name, emails, phones, created_at, updated_at)
       SELECT o.customer_id, 'Contact ' || k || ' of ' || o.customer_id, ARRAY['c' || k || '.' || o.customer_id || '@bench.test'], ARRAY[]::text[], $2, $2
         FROM customer_ownership o CROSS JOIN generate_series(1, $3) k WHERE o.owner_id = ANY($1::int[])`,
      [[leaver, other], now, CONTACTS_EACH],
    );
    // Four more follow-ups each (the seed logged one): five in all.
    await m.query(
      `INSERT INTO follow_ups (customer_id, author_id, type, content, occurred_at, counted, created_at)
       SELECT o.customer_id, o.owner_id, 'CALL', 'Went through the order history together.', $2::timestamptz - make_interval(days => k), true, $2
         FROM customer_ownership o CROSS JOIN generate_series(1, $3) k WHERE o.owner_id = ANY($1::int[])`,
      [[leaver, other], now, FOLLOW_UPS_EACH - 1],
    );
    for (const seq of ['users', 'contacts', 'follow_ups']) await m.query(`SELECT setval(pg_get_serial_sequence('${seq}', 'id'), (SELECT max(id) FROM ${seq}))`);
  });
  return { admin, leaver, other, receivers };
}

async function relatedRows(ds: DataSource, ownerId: number): Promise<number> {
  const [{ n }] = await ds.query(
    `SELECT (SELECT count(*) FROM contacts c JOIN customer_ownership o ON o.customer_id = c.customer_id WHERE o.owner_id = $1)
          + (SELECT count(*) FROM follow_ups f JOIN customer_ownership o ON o.customer_id = f.customer_id WHERE o.owner_id = $1) AS n`,
    [ownerId],
  );
  return Number(n);
}

/** Waits for the job to finish the request: a read every 50 ms of what the job itself writes. */
async function untilDone(ds: DataSource, requestId: number): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const [{ status }] = await ds.query('SELECT status FROM transfer_requests WHERE id = $1', [requestId]);
    if (status === 'DONE') return;
    if (Date.now() > deadline) throw new Error(`the transfer is still ${status} after 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function checkDeparture(ds: DataSource, requestId: number, people: { leaver: number; receivers: number[] }, related: number) {
  const [request] = await ds.query('SELECT moved, failed FROM transfer_requests WHERE id = $1', [requestId]);
  check(request.moved === HELD && request.failed === 0, `the departure moved ${request.moved} and failed ${request.failed} of ${HELD}`);
  const [{ events, customers }] = await ds.query(
    `SELECT count(*)::int AS events, count(DISTINCT customer_id)::int AS customers FROM ownership_events WHERE transfer_request_id = $1 AND kind = 'TRANSFERRED'`,
    [requestId],
  );
  check(events === HELD && customers === HELD, `${events} TRANSFERRED events for ${customers} customers; expected ${HELD} each`);
  const [{ left }] = await ds.query('SELECT count(*)::int AS left FROM customer_ownership WHERE owner_id = $1', [people.leaver]);
  check(left === 0, `the leaver still holds ${left}`);
  const shares: { n: number }[] = await ds.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id = ANY($1::int[]) GROUP BY owner_id', [people.receivers]);
  check(shares.length === RECEIVERS && Math.max(...shares.map((s) => s.n)) - Math.min(...shares.map((s) => s.n)) <= 1, `the receivers got ${shares.map((s) => s.n).join(', ')}`);
  const moved = await ds.query(
    `SELECT (SELECT count(*) FROM contacts c JOIN transfer_items i ON i.customer_id = c.customer_id WHERE i.request_id = $1)
          + (SELECT count(*) FROM follow_ups f JOIN transfer_items i ON i.customer_id = f.customer_id WHERE i.request_id = $1) AS n`,
    [requestId],
  );
  check(Number(moved[0].n) === related, `${moved[0].n} related rows travelled with the customers; ${related} were there`);
}

function report(r: { departureS: number; directS: number; related: number }): string {
  return `
Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; embedded PostgreSQL.

A rep holding ${HELD.toLocaleString()} customers with ${r.related.toLocaleString()} related rows (${CONTACTS_EACH} contacts and ${FOLLOW_UPS_EACH} follow-ups
each), among ${BACKGROUND.toLocaleString()} other customers, leaves: an admin's departure (no approval
needed) spread over ${RECEIVERS} colleagues by room. Timed from \`startTransfer\` (validation, the snapshot of
every customer and its receiver, the counts per kind) until the request is DONE: the background job on
the PostgreSQL queue (graphile-worker) moves 100 customers per job, each chunk's moves, item outcomes
and next job in one transaction, through the ownership ledger (TRANSFERRED events with the request,
notices, closed reminders). Checked: every customer moved once, one TRANSFERRED event each with the
request, shares within one of each other, every related row still with its customer.

| | time | customers/s | target |
|---|---|---|---|
| departure through the job queue | ${r.departureS.toFixed(1)} s | ${Math.round(HELD / r.departureS).toLocaleString()} | ≤ ${TARGET_S} s |
| the same moves through the direct reassign, 500 per call (same run) | ${r.directS.toFixed(1)} s (${ratio(r.directS, r.departureS)}) | ${Math.round(HELD / r.directS).toLocaleString()} | |

Contacts and follow-ups belong to the customer, not to its owner: nothing about them is rewritten when
the owner changes, so the related rows cost the transfer nothing but the counts in its preview. The
direct reassign does the same writes without the snapshot and the queue; the difference is what
durability (resume after a crash, progress, per-item outcomes) costs.
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
