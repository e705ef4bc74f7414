/**
 * `pnpm bench:import`: a trade show's card file against a million customers. A 10,000-row xlsx
 * (mostly new companies, some already in Berth, some repeated within the file, a few invalid) goes
 * the whole way a user takes it — upload (read and counted), the pre-check of every row with the
 * full duplicate check, the write into the pool — through the running server's HTTP endpoint,
 * GraphQL and its job queue. Beside it, in the same run, other new companies are sent as single
 * createCustomer calls, one after another, as a script without an importer would. The server runs
 * as its own process, built and started as in production; its peak memory is the kernel's high-water mark of its
 * resident set (VmHWM). Results go to docs/benchmarks.md.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/modules/auth/password';
import { builtServer, check, machine, ratio, scratchDatabase, sized, writeSection } from './bench-support';
import { companyNumber } from './dedupe-data';
import { seedDedupeBench, type DedupeBenchShape } from './dedupe-seed';

const SHAPE: DedupeBenchShape = { customers: sized(1_000_000, 3_000, 'BENCH_CUSTOMERS'), owners: sized(2_000, 20), departments: sized(40, 4), poolEvery: 10 };
const ROWS = sized(10_000, 300, 'BENCH_ROWS');
/** Single createCustomer calls timed beside the import (a sample: the rate is what is compared). */
const SINGLE_CALLS = sized(1_000, 50);
const TARGET_ROWS_PER_S = 500;
const TARGET_PEAK_MB = 300;
const PASSWORD = 'bench-import-password';
const PORT = 54471;

async function main() {
  const db = await scratchDatabase('berth_bench_import', { port: 54431, dataDir: '/tmp/berth-bench-import' });
  const ds = db.dataSource;
  let server: ChildProcess | null = null;
  try {
    console.log(`Seeding ${SHAPE.customers.toLocaleString()} customers …`);
    // Written a day ago, as a team's customers were: what changed in the minutes of the import is the import's own.
    await seedDedupeBench(ds, SHAPE, new Date(Date.now() - 86_400_000));
    const manager = await seedManager(ds);
    await ds.query('CHECKPOINT');

    server = await startServer(db.url);
    const base = `http://127.0.0.1:${PORT}`;
    const token = await login(base, manager.email);
    const file = await cardFile(ROWS);
    const idleMb = residentMb(server.pid!, 'VmRSS');

    console.log(`Importing ${ROWS.toLocaleString()} rows …`);
    const t0 = performance.now();
    const id = await upload(base, token, file);
    const t1 = performance.now();
    await graphql(base, token, `mutation($input: StartImportInput!) { startImport(input: $input) { id } }`, {
      input: { id, mapping: ['companyName', 'contactName', 'contactMobile', 'phone', 'email', 'industry'], source: 'Bench Fair' },
    });
    const classCounts = await until(ds, id, 'CHECKED');
    const t2 = performance.now();
    await graphql(base, token, `mutation($input: CommitImportInput!) { commitImport(input: $input) { id } }`, {
      input: { id, choices: { newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' }, destination: { kind: 'POOL', userIds: [] } },
    });
    const outcomes = await until(ds, id, 'DONE');
    const t3 = performance.now();
    const peakMb = residentMb(server.pid!, 'VmHWM');
    const [done] = await ds.query(`SELECT done_rows AS "doneRows" FROM import_jobs WHERE id = $1`, [id]);
    check(done.doneRows === ROWS, `the import wrote ${done.doneRows} of ${ROWS} rows`);
    const created = (outcomes.CREATED as number) ?? 0;
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM ownership_events WHERE import_job_id = $1 AND kind = 'IMPORTED'`, [id]);
    check(n === created, `${n} IMPORTED events for ${created} created customers`);
    const seconds = { upload: (t1 - t0) / 1000, check: (t2 - t1) / 1000, write: (t3 - t2) / 1000, total: (t3 - t0) / 1000 };
    console.log(`  ${seconds.total.toFixed(1)} s: ${(ROWS / seconds.total).toFixed(0)} rows/s, peak ${peakMb.toFixed(0)} MB`);

    console.log(`The same kind of rows as ${SINGLE_CALLS.toLocaleString()} single createCustomer calls …`);
    const singleStart = performance.now();
    let saved = 0;
    for (let i = 0; i < SINGLE_CALLS; i++) {
      const c = companyNumber(SHAPE.customers + ROWS + 1 + i);
      const res = await graphql(base, token, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }`, {
        input: { companyName: c.companyName, phone: c.phone, email: c.email, industry: 'Textiles', acknowledgeDuplicates: true },
      }, { allowErrors: true });
      if (!res.errors) saved++;
    }
    const singleS = (performance.now() - singleStart) / 1000;
    console.log(`  ${(SINGLE_CALLS / singleS).toFixed(0)} calls/s (${saved} saved)`);

    writeSection('Card import (`pnpm bench:import`)', report({ seconds, peakMb, idleMb, classCounts, outcomes, singleS, saved }));
  } finally {
    server?.kill('SIGTERM');
    await db.close();
  }
}

/**
 * The card file: new companies named as the seeded ones are (so their brands recur among the
 * million, as real names do), every 20th row a company already in Berth (its exact name), every
 * 25th a repeat of the row before (another person at the same company), every 100th without a name.
 */
async function cardFile(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cards');
  sheet.addRow(['公司名称', '联系人', '手机', '电话', '邮箱', '行业']);
  let previous = companyNumber(SHAPE.customers + 1);
  for (let i = 1; i <= rows; i++) {
    const c = i % 20 === 0 ? companyNumber(1 + ((i * 7919) % SHAPE.customers)) : i % 25 === 0 ? previous : companyNumber(SHAPE.customers + i);
    const mobile = `13${String(100_000_000 + i).slice(-9)}`;
    sheet.addRow([i % 100 === 0 ? null : c.companyName, `Visitor ${i}`, mobile, c.phone, c.email, 'Textiles']);
    previous = c;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function seedManager(ds: DataSource) {
  const email = 'import.manager@bench.test';
  await ds.query(
    `INSERT INTO users (email, name, role, department_id, password_hash, created_at) VALUES ($1, 'Import Manager', 'MANAGER', 1, $2, now())`,
    [email, await hashPassword(PASSWORD)],
  );
  return { email };
}

async function login(base: string, email: string): Promise<string> {
  const res = await graphql(base, null, `mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: PASSWORD } });
  return (res.data as { login: { token: string } }).login.token;
}

async function upload(base: string, token: string, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), 'bench-fair.xlsx');
  const res = await fetch(`${base}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { id?: string };
  check(res.status === 201 && !!body.id, `the upload answered ${res.status}`);
  return body.id!;
}

async function graphql(base: string, token: string | null, query: string, variables: Record<string, unknown>, opts: { allowErrors?: boolean } = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors && !opts.allowErrors) throw new Error(JSON.stringify(body.errors));
  return body;
}

/** Waits for the import to reach `status`, reading what its jobs write every 50 ms; answers the class or outcome counts. */
async function until(ds: DataSource, id: string, status: 'CHECKED' | 'DONE'): Promise<Record<string, number>> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const [job] = await ds.query(`SELECT status, class_counts AS "classCounts", outcome_counts AS "outcomeCounts" FROM import_jobs WHERE id = $1`, [id]);
    if (job.status === status) return status === 'CHECKED' ? job.classCounts : job.outcomeCounts;
    check(job.status !== 'FAILED' && job.status !== 'CANCELLED', `the import stopped: ${job.status}`);
    if (Date.now() > deadline) throw new Error(`the import is still ${job.status} after 30 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Berth as it runs in production, on the scratch database: built, its own process, migrations already run, the job worker on. */
async function startServer(databaseUrl: string): Promise<ChildProcess> {
  const server = builtServer();
  const child = spawn(process.execPath, server.args, {
    cwd: server.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', DATABASE_URL: databaseUrl, PORT: String(PORT), BERTH_SEED_DEMO: 'false', BERTH_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    check(child.exitCode === null, `the server exited with ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${PORT}/healthz`).then((r) => r.ok, () => false);
    if (up) return child;
    if (Date.now() > deadline) throw new Error('the server did not start in 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A process's resident memory in MB, as the kernel counts it: VmRSS now, VmHWM its peak so far. */
function residentMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return kb / 1024;
}

function report(r: { seconds: { upload: number; check: number; write: number; total: number }; peakMb: number; idleMb: number; classCounts: Record<string, number>; outcomes: Record<string, number>; singleS: number; saved: number }) {
  const rate = ROWS / r.seconds.total;
  const singleRate = SINGLE_CALLS / r.singleS;
  const counts = (c: Record<string, number>) => Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n.toLocaleString()}`).join(', ');
  return `
${new Date().toISOString().slice(0, 10)}, ${machine()}. A ${ROWS.toLocaleString()}-row xlsx against ${SHAPE.customers.toLocaleString()} customers seeded as for bench:dedupe
(a tenth of them in the pool), imported into the pool by a manager through the running server: the upload over HTTP,
then startImport and commitImport over GraphQL, the pre-check and the write as jobs on the PostgreSQL queue, the full
duplicate check on every row (again under the save's key locks when it is written).

| | seconds | rows/s |
|---|---:|---:|
| upload (read and count the file) | ${r.seconds.upload.toFixed(1)} | ${(ROWS / r.seconds.upload).toFixed(0)} |
| pre-check (classify every row) | ${r.seconds.check.toFixed(1)} | ${(ROWS / r.seconds.check).toFixed(0)} |
| write (outcome for every row) | ${r.seconds.write.toFixed(1)} | ${(ROWS / r.seconds.write).toFixed(0)} |
| **end to end** | **${r.seconds.total.toFixed(1)}** | **${rate.toFixed(0)}** (target ≥ ${TARGET_ROWS_PER_S}: ${rate >= TARGET_ROWS_PER_S ? 'met' : 'missed'}) |
| ${SINGLE_CALLS.toLocaleString()} single \`createCustomer\` calls, one after another | ${r.singleS.toFixed(1)} | ${singleRate.toFixed(0)} (the import: ${ratio(rate, singleRate)}) |

Classes: ${counts(r.classCounts)}. Outcomes: ${counts(r.outcomes)}. Single calls saved: ${r.saved.toLocaleString()} of ${SINGLE_CALLS.toLocaleString()}.
Peak resident memory of the server process (kernel high-water mark, VmHWM), built and started as \`npm start\` does: ${r.peakMb.toFixed(0)} MB, from
${r.idleMb.toFixed(0)} MB when it had started (target ≤ ${TARGET_PEAK_MB} MB: ${r.peakMb <= TARGET_PEAK_MB ? 'met' : 'missed'}). The file is streamed; what the import adds is
mostly garbage the collector has not reclaimed yet (forced collections during a run held the heap near 66 MB, against 215 MB
without them). Before 2026-12-07 the bench ran the server under the development loader, which compiles every module as it
loads and keeps the output: 77 MB more at rest, and a peak of 329–372 MB for the same import.

Where the time goes. The pre-check judges rows against Berth in 200-row chunks on every worker at once (each takes rows
no other holds), with the full duplicate check of a save, batched per chunk, aliases included; one chain classifies the judged
rows in file order, 400 at a time, grouping a row with an earlier row of the file by the same keys and word variants (indexes
that hold classified rows only). The write is set-based, 500 rows a chunk: the chunk's keys locked at once, its new rows checked
again only against exact keys and the names of customers changed since the check began, then opened in one statement per
table, each row written once with its keys. History (rows/s end to end): 14 when similar names came through trigram lists every
name shares; 150 with word-variant candidates; 307 once the variants' indexes stopped keeping a pending list; the figure above
(2026-12-07) with the judging on two workers, earlier rows found by one index lookup per key (the set test had scanned the
file's rows: 6 s of 21.8), new customers written once instead of inserted then updated with their keys, and 500-row write chunks
(606 rows/s that day before every fifth seeded customer had an alias, which each row's check now also searches).
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
