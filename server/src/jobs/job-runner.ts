import { Logger as WorkerLogger, makeWorkerUtils, run, runMigrations, type TaskList, type WorkerUtils } from 'graphile-worker';
import type { Logger } from '../logger';
import { startRepeating } from '../repeating';

/**
 * A job whose lock is older than this belongs to a worker that died (a kill -9, a lost machine):
 * every Berth job is one short chunk — most well under a second, the longest an import's reading
 * of its whole file into rows, seconds for 50,000 — so no live worker holds one this long. graphile-worker itself would wait four hours before handing it to another worker.
 */
const STALE_LOCK = '5 minutes';

/**
 * Durable background work on the PostgreSQL job queue (graphile-worker) in Berth's own database:
 * a job queued inside a transaction runs only if that transaction commits, exactly one worker
 * across all instances takes it, and it survives restarts. Every instance runs a worker; on start
 * and then every minute it frees jobs locked by dead workers, so a crash resumes promptly.
 */
export interface JobRunner {
  /** Frees the jobs of workers that died (their locks older than STALE_LOCK); how many workers. */
  freeStaleLocks(): Promise<number>;
  stop(): Promise<void>;
}

export async function startJobRunner(deps: { connectionString: string; tasks: TaskList; logger: Logger; work: boolean }): Promise<JobRunner> {
  const { connectionString, tasks, logger } = deps;
  const workerLogger = new WorkerLogger(() => (level, message) => {
    if (level === 'error') logger.error(`Background job: ${message}`);
    else if (level === 'warning') logger.warn(`Background job: ${message}`);
    else logger.debug(`Background job: ${message}`);
  });
  // Every instance queues jobs (inside its own transactions), so the queue's schema must exist even where no worker runs.
  await runMigrations({ connectionString, logger: workerLogger });
  if (!deps.work) return { freeStaleLocks: async () => 0, stop: async () => undefined };
  const utils = await makeWorkerUtils({ connectionString, logger: workerLogger });
  const runner = await run({ connectionString, taskList: tasks, concurrency: 2, noHandleSignals: true, pollInterval: 1000, crontab: '', logger: workerLogger });
  const stopFreeing = startRepeating(async () => void (await freeStaleLocks(utils, logger)), 60, 'Freeing stale job locks', logger);
  return {
    freeStaleLocks: () => freeStaleLocks(utils, logger),
    stop: async () => {
      stopFreeing();
      await runner.stop();
      await utils.release();
    },
  };
}

async function freeStaleLocks(utils: WorkerUtils, logger: Logger): Promise<number> {
  const dead = await utils.withPgClient(async (client) => {
    const { rows } = await client.query<{ worker: string }>(
      `SELECT DISTINCT locked_by AS worker FROM graphile_worker.jobs WHERE locked_by IS NOT NULL AND locked_at < now() - $1::interval`,
      [STALE_LOCK],
    );
    return rows.map((r) => r.worker);
  });
  if (!dead.length) return 0;
  await utils.forceUnlockWorkers(dead);
  logger.warn(`Freed the jobs of ${dead.length} stopped background worker(s); they run again now.`);
  return dead.length;
}
