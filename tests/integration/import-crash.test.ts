import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@berth/domain';
import { startAnotherInstance, startTestServer, type TestServer } from '../support/test-server';
import { killWorkerOnceStarted, resumeOnAnotherInstance } from '../support/killed-worker';
import { makeManagerViewer } from '../support/factories';
import { unlikeCompanyNames, xlsxOf } from '../support/card-files';

const ROWS = 2_000;

/**
 * kill -9 in the middle of an import's write: a real Berth process writes the chunks and is killed
 * while at it; another instance frees the dead worker's job, resumes after the last committed
 * chunk, and every row becomes exactly one customer.
 */
describe('an import whose worker is killed halfway through the write', () => {
  let t: TestServer;
  let manager: Viewer;

  beforeAll(async () => {
    // This instance serves and queues but runs no jobs: others do.
    t = await startTestServer({ now: '2026-12-07T09:00:00Z', config: { jobWorker: false } });
    manager = await makeManagerViewer(t.dataSource, 'East China');
  });
  afterAll(() => t.stop());

  const job = async (id: number) =>
    (await t.dataSource.query('SELECT status, done_rows AS "doneRows", outcome_counts AS "outcomeCounts" FROM import_jobs WHERE id = $1', [id]))[0] as {
      status: string;
      doneRows: number;
      outcomeCounts: Record<string, number>;
    };

  it('resumes on another instance and writes each row once', { timeout: 240_000 }, async () => {
    const names = unlikeCompanyNames(ROWS, 5);
    const bytes = await xlsxOf([['Company', 'Contact'], ...names.map((n, i) => [n, `Card ${i}`])]);
    const uploaded = await t.server.services.imports.upload(manager, { fileName: 'show.xlsx', bytes });
    await t.server.services.imports.start(manager, uploaded.id, { mapping: ['companyName', 'contactName'], source: 'Crash Fair' });
    const checker = await startAnotherInstance(t, { jobWorker: true });
    try {
      await expect.poll(async () => (await job(uploaded.id)).status, { timeout: 120_000, interval: 50 }).toBe('CHECKED');
    } finally {
      await checker.stop();
    }
    await t.server.services.imports.commit(manager, uploaded.id, { choices: { newRows: 'IMPORT', duplicateInFile: 'SKIP', matchesPool: 'SKIP' }, destination: { kind: 'POOL', userIds: [], strategy: null } });

    // As soon as the child has committed some chunks, kill it without warning.
    await killWorkerOnceStarted(t, async () => (await job(uploaded.id)).doneRows > 0);
    const halfway = await job(uploaded.id);
    expect(halfway.status).toBe('IMPORTING');
    expect(halfway.doneRows).toBeLessThan(ROWS);

    await resumeOnAnotherInstance(t, async () => (await job(uploaded.id)).status === 'DONE');
    const done = await job(uploaded.id);
    expect(done.doneRows).toBe(ROWS);
    expect(done.outcomeCounts).toMatchObject({ CREATED: ROWS, SKIPPED: 0, FAILED: 0 });
    const [events] = await t.dataSource.query(
      `SELECT count(*)::int AS events, count(DISTINCT customer_id)::int AS customers FROM ownership_events WHERE import_job_id = $1 AND kind = 'IMPORTED'`,
      [uploaded.id],
    );
    expect(events).toEqual({ events: ROWS, customers: ROWS });
    const [rows] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE outcome = 'CREATED')::int AS created, count(DISTINCT customer_id)::int AS customers FROM import_rows WHERE job_id = $1`,
      [uploaded.id],
    );
    expect(rows).toEqual({ created: ROWS, customers: ROWS });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM customers WHERE company_name = ANY($1)`, [names]);
    expect(n).toBe(ROWS);
  });
});
