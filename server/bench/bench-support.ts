import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import { createDataSource } from '../src/db/data-source';
import { createLogger } from '../src/logger';

/**
 * `--smoke`: thousands of rows instead of millions, seconds instead of minutes. The run does
 * everything a full one does, correctness checks included, but leaves docs/benchmarks.md alone
 * (its figures would mean nothing). `pnpm test:all` runs every bench this way, so a bench that
 * crashes or checks wrong fails CI.
 */
export const SMOKE = process.argv.includes('--smoke');

/** A size for this run: the full one (or the environment variable's), or the smoke size. */
export function sized(full: number, smoke: number, envName?: string): number {
  if (SMOKE) return smoke;
  const fromEnv = envName ? process.env[envName] : undefined;
  return fromEnv ? Number(fromEnv) : full;
}

/** A correctness check of a bench: a failed one ends the run with status 1, as a crash does. */
export function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`bench check failed: ${what}`);
}

/** `after / before` as "0.12×" for the tables. */
export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(value / baseline < 0.1 ? 3 : 2)}×`;

/**
 * A scratch database for a benchmark: DATABASE_URL's server when given, else an embedded one.
 * A fixed `port` and `dataDir` keep a bench clear of tests and other benches running at the
 * same time (and let the next run stop a server a killed run left behind).
 */
export async function scratchDatabase(name: string, opts: { port?: number; dataDir?: string } = {}) {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.DATABASE_URL?.replace(/\/[^/?]+(\?|$)/, '/postgres$1');
  if (!adminUrl) {
    dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'berth-bench-'));
    fs.mkdirSync(dataDir, { recursive: true });
    fs.chmodSync(dataDir, 0o755);
    const port = opts.port ?? 54500 + (process.pid % 400);
    embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres', logger: createLogger('silent') });
    adminUrl = embedded.url;
  }
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = adminUrl.replace(/\/postgres(\?|$)/, `/${name}$1`);
  const dataSource = createDataSource(url, { poolSize: 40 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    url,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await admin(adminUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await embedded?.stop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Builds Berth's server as `npm start` does (by tsc) and answers the arguments that run it as
 * production does, `node <build>/main.js` in server/. A bench that measures the server's own process
 * measures that, not the development loader, which compiles every module on the fly and keeps its
 * output and source maps (77 MB more resident memory at rest on 2026-12-07). The server goes to a
 * build directory of its own beside dist/ (so modules and the dashboard resolve alike), and the
 * domain package is built only when its build is older than its sources: tests running beside a
 * smoke run read those builds, and must never meet a half-written file.
 */
export function builtServer(): { cwd: string; args: string[] } {
  const root = path.resolve(__dirname, '../..');
  const tsc = (dir: string, ...extra: string[]) => {
    const built = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', ...extra], { cwd: path.join(root, dir), stdio: 'inherit' });
    check(built.status === 0, `tsc in ${dir} exited with ${built.status}`);
  };
  const domain = path.join(root, 'packages/domain');
  if (newestMtime(path.join(domain, 'src')) > mtimeOr0(path.join(domain, 'dist/index.js'))) tsc('packages/domain');
  tsc('server', '--outDir', 'dist-bench');
  return { cwd: path.join(root, 'server'), args: ['dist-bench/main.js'] };
}

function newestMtime(dir: string): number {
  return Math.max(0, ...fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => mtimeOr0(path.join(e.parentPath, e.name))));
}

function mtimeOr0(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** Runs `fn` `n` times one after another and returns latency percentiles in milliseconds. */
export async function measure(n: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return percentiles(times);
}

export function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** Replaces the section under `heading` in docs/benchmarks.md (or appends it); a smoke run only prints it. */
export function writeSection(heading: string, body: string) {
  if (SMOKE) {
    console.log(`Smoke run: docs/benchmarks.md left as it is. The section would read:\n\n## ${heading}\n\n${body.trim()}\n`);
    return;
  }
  const file = path.resolve(__dirname, '../../docs/benchmarks.md');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const marker = `## ${heading}`;
  const start = current.indexOf(marker);
  const section = `${marker}\n\n${body.trim()}\n`;
  let next: string;
  if (start === -1) next = `${current.trimEnd()}\n\n${section}`;
  else {
    const after = current.indexOf('\n## ', start + marker.length);
    next = current.slice(0, start) + section + (after === -1 ? '' : `\n${current.slice(after + 1)}`);
  }
  fs.writeFileSync(file, next);
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${os.platform()} ${os.release()}`;
}
