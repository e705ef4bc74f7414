import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { startAnotherInstance, type TestServer } from './test-server';

const SERVER_DIR = path.resolve(__dirname, '../../server');

/**
 * Runs a real Berth process on the test's database — it works through the queued jobs — and
 * kills it with SIGKILL as soon as `started` says it has committed some work: the crash a durable
 * job must survive. The process runs on the real clock with the sweep pushed out of the way.
 */
export async function killWorkerOnceStarted(t: TestServer, started: () => Promise<boolean>): Promise<void> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', DATABASE_URL: t.databaseUrl, PORT: '0', BERTH_SEED_DEMO: 'false', BERTH_SWEEP_SECONDS: '86400', BERTH_LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await expect.poll(started, { timeout: 90_000, interval: 10 }).toBe(true);
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Another instance takes over the dead worker's jobs: the dead lock would hold them for hours, so
 * the test pretends minutes have passed (as they would have), then the instance frees stale locks
 * and works until `finished` says so.
 */
export async function resumeOnAnotherInstance(t: TestServer, finished: () => Promise<boolean>): Promise<void> {
  await t.dataSource.query(`UPDATE graphile_worker._private_jobs SET locked_at = locked_at - interval '10 minutes' WHERE locked_by IS NOT NULL`);
  const other = await startAnotherInstance(t, { jobWorker: true });
  try {
    await other.server.jobs.freeStaleLocks();
    await expect.poll(finished, { timeout: 120_000, interval: 25 }).toBe(true);
  } finally {
    await other.stop();
  }
}
