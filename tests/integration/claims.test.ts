import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLAIM_REFUSAL_CODES, DEFAULT_POOL_POLICY, type Viewer } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';
import { ClaimRepository } from '../../server/src/modules/pool/claim.repository';

const DAY = 86_400_000;
const POLICY = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'UTC', dailyClaimLimit: 1, holdingCap: 3 };

/** PRODUCT.md's "never": two owners, or a rep over the daily limit or the holding cap — under load. */
describe('claiming from the pool', () => {
  let t: TestServer;
  let seller: { id: number; email: string };
  let pool: number[];
  let reps: { id: number; email: string }[];

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-10-01T08:00:00Z' });
    await t.dataSource.query(`INSERT INTO app_settings (key, value, updated_at) VALUES ('pool-policy', $1, now())`, [JSON.stringify(POLICY)]);
    seller = await makeUser(t.dataSource, { name: 'Former Owner' });
    const token = await loginAs(t.graphqlUrl, seller);
    // More pool customers (30) than reps who may claim (20): some stay free, so daily limits bite.
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'Xray', 'Yankee', 'Zulu', 'Amber', 'Basalt', 'Cobalt', 'Dune'];
    pool = [];
    for (const n of names) pool.push(Number(await createCustomerAs(t.graphqlUrl, token, { companyName: `${n} Pool Holdings` })));
    reps = await Promise.all(Array.from({ length: 24 }, (_, i) => makeUser(t.dataSource, { name: `Claimer ${i}` })));
    t.clock.advance(31 * DAY);
    expect((await t.server.services.recycleSweep.sweep()).recycled).toHaveLength(pool.length);
    // Four reps already hold as many customers as the cap allows.
    for (const rep of reps.slice(0, 4)) for (let i = 0; i < POLICY.holdingCap; i++) await giveCustomer(t, rep.id, `Held ${rep.id}-${i}`);
  });
  afterAll(() => t.stop());

  it('keeps one owner per customer and every rep within limit and cap over 2,400 concurrent attempts', async () => {
    const viewers: Viewer[] = reps.map((r) => ({ userId: r.id, role: 'REP', departmentPath: null }));
    const attempts = Array.from({ length: 2400 }, (_, i) => ({ viewer: viewers[i % viewers.length], customerId: pool[(i * 7 + Math.floor(i / 24)) % pool.length] }));
    const results = (await Promise.all(attempts.map((a) => t.server.services.claims.claim(a.viewer, [a.customerId])))).flat();

    expect(results).toHaveLength(2400);
    const losses = results.filter((r) => !r.ok);
    expect(losses.every((r) => (CLAIM_REFUSAL_CODES as readonly string[]).includes(r.code!))).toBe(true);

    const perCustomer = await t.dataSource.query(
      `SELECT customer_id, count(*)::int AS n FROM ownership_events WHERE kind = 'CLAIMED' GROUP BY customer_id HAVING count(*) > 1`,
    );
    expect(perCustomer).toEqual([]); // nobody claimed a customer someone else had claimed
    const perRepToday = await t.dataSource.query(
      `SELECT actor_id, count(*)::int AS n FROM ownership_events WHERE kind = 'CLAIMED' GROUP BY actor_id HAVING count(*) > $1`,
      [POLICY.dailyClaimLimit],
    );
    expect(perRepToday).toEqual([]);
    const overCap = await t.dataSource.query(`SELECT owner_id, count(*)::int AS n FROM customer_ownership WHERE owner_id IS NOT NULL GROUP BY owner_id HAVING count(*) > $1`, [POLICY.holdingCap]);
    expect(overCap).toEqual([]);

    const wins = results.filter((r) => r.ok).length;
    const [{ claimed }] = await t.dataSource.query(`SELECT count(*)::int AS claimed FROM ownership_events WHERE kind = 'CLAIMED'`);
    expect(claimed).toBe(wins);
    expect(wins).toBe(20); // the 20 reps below the cap, one claim each (the daily limit)
    expect(losses.some((l) => l.code === 'HOLDING_CAP_REACHED')).toBe(true);
    expect(losses.some((l) => l.code === 'DAILY_LIMIT_REACHED')).toBe(true);
  });

  it('answers over GraphQL per item, with the quota, and refuses the previous owner during cooldown', async () => {
    const token = await loginAs(t.graphqlUrl, seller);
    const quota = await gql(t.graphqlUrl, '{ claimQuota { day claimedToday dailyLimit holdings holdingCap } }', {}, { token });
    expect(quota.data.claimQuota).toEqual({ day: '2026-11-01', claimedToday: 0, dailyLimit: 1, holdings: 0, holdingCap: 3 });
    const [{ id: owned }] = await t.dataSource.query('SELECT customer_id AS id FROM customer_ownership WHERE customer_id = ANY($1) AND owner_id IS NOT NULL LIMIT 1', [pool]);
    const [{ id: free }] = await t.dataSource.query('SELECT customer_id AS id FROM customer_ownership WHERE customer_id = ANY($1) AND owner_id IS NULL LIMIT 1', [pool]);
    const res = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { customerId ok code } }', { ids: [String(owned), String(free), 'abc'] }, { token });
    expect(res.data.claimCustomers).toEqual([
      { customerId: String(owned), ok: false, code: 'NOT_VISIBLE' }, // another rep's: exactly like a missing id
      { customerId: String(free), ok: false, code: 'PREVIOUS_OWNER_COOLDOWN' }, // the seller lost it a moment ago
      { customerId: 'abc', ok: false, code: 'NOT_VISIBLE' },
    ]);
    expect(errorCode(await gql(t.graphqlUrl, 'mutation { claimCustomers(ids: []) { ok } }', {}, { token }))).toBe('BAD_USER_INPUT');
  });

  it('settles attempts that arrive together from one unlocked read, each by its own id', async () => {
    const [first, second] = await Promise.all([makeUser(t.dataSource, { name: 'Late Riser' }), makeUser(t.dataSource, { name: 'Later Riser' })]);
    await giveCustomer(t, first.id, 'Own Holdings');
    const [{ id: own }] = await t.dataSource.query(`SELECT customer_id AS id FROM customer_ownership WHERE owner_id = $1`, [first.id]);
    const [{ id: others }] = await t.dataSource.query('SELECT customer_id AS id FROM customer_ownership WHERE customer_id = ANY($1) AND owner_id IS NOT NULL LIMIT 1', [pool]);
    const [{ id: free }] = await t.dataSource.query('SELECT customer_id AS id FROM customer_ownership WHERE customer_id = ANY($1) AND owner_id IS NULL ORDER BY customer_id DESC LIMIT 1', [pool]);
    const asRep = (user: { id: number }): Viewer => ({ userId: user.id, role: 'REP', departmentPath: null });
    const reads = vi.spyOn(ClaimRepository.prototype, 'readOwnerships');
    try {
      const outcomes = await Promise.all([
        t.server.services.claims.claim(asRep(first), [own]),
        t.server.services.claims.claim(asRep(first), [others]),
        t.server.services.claims.claim(asRep(first), [2_000_000_000]),
        t.server.services.claims.claim(asRep(first), [free]),
        t.server.services.claims.claim(asRep(second), [free]),
      ]);
      // One statement read all five: they arrived in the same turn. The second attempt at the free
      // customer waited for the first one's transaction and read again: one more statement.
      expect(reads).toHaveBeenCalledTimes(2);
      expect([...reads.mock.calls[0][1]].sort()).toEqual([own, others, 2_000_000_000, free, free].sort());
      expect([...reads.mock.calls[1][1]]).toEqual([free]);
      const [[mine], [hidden], [missing], [a], [b]] = outcomes;
      expect(mine).toMatchObject({ ok: false, code: 'ALREADY_OWNED', message: 'You already own this customer.' });
      expect(hidden).toMatchObject({ ok: false, code: 'NOT_VISIBLE' });
      expect(missing).toEqual({ ...hidden, customerId: 2_000_000_000 });
      // Both saw the customer free; one took it, the other was refused without a transaction.
      expect([a.ok, b.ok].sort()).toEqual([false, true]);
      expect([a, b].find((o) => !o.ok)).toMatchObject({ code: 'NOT_VISIBLE' });
      const [{ owner }] = await t.dataSource.query('SELECT owner_id AS owner FROM customer_ownership WHERE customer_id = $1', [free]);
      expect(owner).toBe(a.ok ? first.id : second.id);
    } finally {
      reads.mockRestore();
    }
  });

  it('lets an attempt that waited on a refused one take the customer', async () => {
    const [spent, fresh] = await Promise.all([makeUser(t.dataSource, { name: 'Spent Claimer' }), makeUser(t.dataSource, { name: 'Fresh Claimer' })]);
    const asRep = (user: { id: number }): Viewer => ({ userId: user.id, role: 'REP', departmentPath: null });
    const free: number[] = (await t.dataSource.query('SELECT customer_id AS id FROM customer_ownership WHERE customer_id = ANY($1) AND owner_id IS NULL ORDER BY customer_id LIMIT 2', [pool])).map(
      (r: { id: number }) => r.id,
    );
    const [first] = await t.server.services.claims.claim(asRep(spent), [free[0]]);
    expect(first.ok).toBe(true); // the daily limit here is 1: this rep is now at it
    // Both see the customer free; the spent rep's attempt decides first and is refused, the other
    // waited for it, reads again, still finds the customer in the pool and takes it.
    const reads = vi.spyOn(ClaimRepository.prototype, 'readOwnerships');
    const [[refused], [taken]] = await Promise.all([t.server.services.claims.claim(asRep(spent), [free[1]]), t.server.services.claims.claim(asRep(fresh), [free[1]])]);
    const readIds = reads.mock.calls.map((c) => [...c[1]]);
    reads.mockRestore();
    expect(readIds).toEqual([[free[1], free[1]], [free[1]]]);
    expect(refused).toMatchObject({ ok: false, code: 'DAILY_LIMIT_REACHED' });
    expect(taken).toMatchObject({ ok: true });
    const [{ owner }] = await t.dataSource.query('SELECT owner_id AS owner FROM customer_ownership WHERE customer_id = $1', [free[1]]);
    expect(owner).toBe(fresh.id);
  });
});

/** An owned customer written directly, with its ownership event, as an assignment would. */
async function giveCustomer(t: TestServer, ownerId: number, name: string) {
  await t.dataSource.transaction(async (m) => {
    const now = t.clock.now();
    const [{ id }] = await m.query(
      `INSERT INTO customers (company_name, name_key, tier_code, created_at, updated_at) VALUES ($1::varchar, lower($1::varchar), 'C', $2, $2) RETURNING id`,
      [name, now],
    );
    await m.query(
      `INSERT INTO customer_ownership (customer_id, owner_id, owned_since, owner_changed_at, protected_until) VALUES ($1, $2, $3, $3, $4)`,
      [id, ownerId, now, new Date(now.getTime() + 30 * DAY)],
    );
    await m.query(`INSERT INTO ownership_events (customer_id, to_user_id, kind, occurred_at) VALUES ($1, $2, 'ASSIGNED', $3)`, [id, ownerId, now]);
  });
}
