import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { killWorkerOnceStarted, resumeOnAnotherInstance } from '../support/killed-worker';
import { makeDepartment, makeUser } from '../support/factories';

const CUSTOMERS = 6_000;

/**
 * kill -9 in the middle of a departure: a real Berth process works through the transfer's jobs
 * and is killed while moving them; another instance frees the dead worker's job, resumes after
 * the last committed chunk, and every customer moves exactly once.
 */
describe('a transfer whose worker is killed halfway', () => {
  let t: TestServer;
  let leaver: number;
  let admin: number;

  beforeAll(async () => {
    // This instance serves and queues but runs no jobs: the child process below does, until it is killed.
    t = await startTestServer({ now: '2026-11-02T09:00:00Z', config: { jobWorker: false } });
    const harbour = await makeDepartment(t.dataSource, 'Harbour');
    leaver = (await makeUser(t.dataSource, { department: harbour, name: 'Lea Leaver' })).id;
    admin = (await makeUser(t.dataSource, { role: 'ADMIN', name: 'Ada Admin' })).id;
    // Thousands of customers in one statement each, protected far beyond any clock the child reads (it runs
    // on the real clock, and its sweep must leave them alone); the trail's chain trigger still fires.
    await t.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(
        `INSERT INTO customers (id, company_name, name_key, name_core, tier_code, status, created_at, updated_at)
         SELECT 100000 + g, 'Crash Test Cargo ' || g, 'crash test cargo ' || g, 'cargo ' || g, 'B', 'NEW', $1, $1 FROM generate_series(1, $2) g`,
        ['2026-11-01T09:00:00Z', CUSTOMERS],
      );
      await m.query(
        `INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until, locked)
         SELECT 100000 + g, $1, $2, $2, '2099-12-01T09:00:00Z', false FROM generate_series(1, $3) g`,
        [leaver, '2026-11-01T09:00:00Z', CUSTOMERS],
      );
      await m.query(
        `INSERT INTO ownership_events (customer_id, from_user_id, to_user_id, kind, actor_id, occurred_at)
         SELECT 100000 + g, NULL, $1, 'CREATED', $1, $2 FROM generate_series(1, $3) g`,
        [leaver, '2026-11-01T09:00:00Z', CUSTOMERS],
      );
    });
  });
  afterAll(() => t.stop());

  it('resumes on another instance and moves each customer once', { timeout: 240_000 }, async () => {
    const request = await t.server.services.transfers.start(
      { userId: admin, role: 'ADMIN', departmentPath: null },
      { fromUserId: leaver, customerIds: null, receiverMode: 'POOL', toUserIds: [], keepReadDays: null, note: 'Office closed' },
    );
    expect(request.status).toBe('QUEUED');
    const progress = async () => (await t.dataSource.query('SELECT status, moved FROM transfer_requests WHERE id = $1', [request.id]))[0] as { status: string; moved: number };

    // As soon as the child has committed some chunks, kill it without warning.
    await killWorkerOnceStarted(t, async () => (await progress()).moved > 0);
    const halfway = await progress();
    expect(halfway.status).toBe('RUNNING');
    expect(halfway.moved).toBeLessThan(CUSTOMERS);

    await resumeOnAnotherInstance(t, async () => (await progress()).status === 'DONE');
    const [moves] = await t.dataSource.query(
      `SELECT count(*)::int AS events, count(DISTINCT customer_id)::int AS customers FROM ownership_events WHERE transfer_request_id = $1`,
      [request.id],
    );
    expect(moves).toEqual({ events: CUSTOMERS, customers: CUSTOMERS });
    expect(await progress()).toEqual({ status: 'DONE', moved: CUSTOMERS });
    const [{ left }] = await t.dataSource.query('SELECT count(*)::int AS left FROM customer_ownership WHERE owner_id = $1', [leaver]);
    expect(left).toBe(0);
  });
});
