import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const QUERY = `query($input: PoolAnalyticsInput!) { poolAnalytics(input: $input) {
  from to timeZone bucket
  buckets { start end stockAtEnd returned claimed assigned inflow outflow netFlow }
  returnReasons { reason count }
  recycleFrequency { rep { id } recycles }
  churnLoops { customerId }
  conversion { start kind size wonWithin30Days activatedWithin48Hours }
  boomerangByRep { rep { id } moves back }
  boomerangBySource { source moves }
  dwell { exits medianDays p90Days }
  deadStock { poolSize dead share }
} }`;

/**
 * poolAnalytics through the API: managers and admins only, a manager counts only the flows of
 * their subtree's reps (stock is company-wide), bad input is refused naming the field, and a
 * status change is written with the edit that made it.
 */
describe('poolAnalytics', () => {
  let t: TestServer;
  const tokens = {} as Record<'northRep' | 'southRep' | 'manager1' | 'manager2' | 'admin', string>;
  const ids = {} as Record<'northRep' | 'southRep' | 'north' | 'south' | 'n1', string>;
  const range = { preset: 'CUSTOM', from: '2026-11-20', to: '2026-11-26', bucket: 'DAY' };
  const ask = (who: keyof typeof tokens, input: Record<string, unknown>) => gql(t.graphqlUrl, QUERY, { input }, { token: tokens[who] });

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-22T09:00:00Z' });
    const ds = t.dataSource;
    const root = await makeDepartment(ds, 'Sales');
    const north = await makeDepartment(ds, 'North', root);
    const south = await makeDepartment(ds, 'South', root);
    const users = {
      northRep: await makeUser(ds, { role: 'REP', department: north }),
      southRep: await makeUser(ds, { role: 'REP', department: south }),
      manager1: await makeUser(ds, { role: 'MANAGER', department: north }),
      manager2: await makeUser(ds, { role: 'MANAGER', department: south }),
      admin: await makeUser(ds, { role: 'ADMIN', department: root }),
    };
    for (const who of Object.keys(users) as (keyof typeof users)[]) tokens[who] = await loginAs(t.graphqlUrl, users[who]);
    Object.assign(ids, { northRep: String(users.northRep.id), southRep: String(users.southRep.id), north: String(north.id), south: String(south.id) });

    ids.n1 = await createCustomerAs(t.graphqlUrl, tokens.northRep, { companyName: 'Northwind Optics' });
    await createCustomerAs(t.graphqlUrl, tokens.northRep, { companyName: 'Northwind Tools' });
    const s1 = await createCustomerAs(t.graphqlUrl, tokens.southRep, { companyName: 'Southgate Paper' });
    const giveBack = (token: string, id: string) =>
      gql(t.graphqlUrl, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NO_CONTACT", note: "Nobody answers") }', { id }, { token });
    expect((await giveBack(tokens.northRep, ids.n1)).errors).toBeUndefined();
    expect((await giveBack(tokens.southRep, s1)).errors).toBeUndefined();
    t.clock.set(new Date('2026-11-23T10:00:00Z'));
    const claim = await gql(t.graphqlUrl, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok code } }', { ids: [ids.n1] }, { token: tokens.southRep });
    expect(claim.data.claimCustomers[0]).toEqual({ ok: true, code: null });
    t.clock.set(new Date('2026-11-23T12:00:00Z'));
    const won = await gql(t.graphqlUrl, 'mutation($id: ID!) { updateCustomer(id: $id, input: { status: WON }) { customer { id } } }', { id: ids.n1 }, { token: tokens.southRep });
    expect(won.errors).toBeUndefined();
    t.clock.set(new Date('2026-11-24T09:00:00Z'));
  });
  afterAll(() => t?.stop());

  it('writes every status a customer was set to, with the create and the edit', async () => {
    const rows = await t.dataSource.query('SELECT status, changed_at AS at FROM customer_status_changes WHERE customer_id = $1 ORDER BY id', [ids.n1]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['NEW', 'WON']);
    expect(rows[1].at.toISOString()).toBe('2026-11-23T12:00:00.000Z');
  });

  it('an admin sees every flow; stock is the pool at each day end', async () => {
    const res = await ask('admin', range);
    expect(res.errors).toBeUndefined();
    const a = res.data.poolAnalytics;
    expect([a.from, a.to, a.timeZone, a.buckets.length]).toEqual(['2026-11-20', '2026-11-26', 'UTC', 7]);
    const day = (d: string) => a.buckets.find((b: { start: string }) => b.start === d);
    expect(day('2026-11-22')).toMatchObject({ returned: 2, claimed: 0, stockAtEnd: 2, netFlow: 2 });
    expect(day('2026-11-23')).toMatchObject({ returned: 0, claimed: 1, stockAtEnd: 1, netFlow: -1 });
    expect(day('2026-11-21').stockAtEnd).toBe(0);
    // By the reason's code: the rep's note is not a reason of its own.
    expect(a.returnReasons).toEqual([{ reason: 'NO_CONTACT', count: 2 }]);
    expect(a.dwell).toEqual({ exits: 1, medianDays: expect.closeTo(25 / 24, 9), p90Days: expect.closeTo(25 / 24, 9) });
    expect(a.deadStock).toEqual({ poolSize: 1, dead: 0, share: 0 });
    const claimedOn23 = a.conversion.find((c: { start: string; kind: string }) => c.start === '2026-11-23' && c.kind === 'CLAIMED');
    expect(claimedOn23).toEqual({ start: '2026-11-23', kind: 'CLAIMED', size: 1, wonWithin30Days: null, activatedWithin48Hours: null }); // too young
  });

  it('manager2 (South) counts only South reps’ flows and never sees North’s reps; stock stays company-wide', async () => {
    const south = (await ask('manager2', range)).data.poolAnalytics;
    const north = (await ask('manager1', range)).data.poolAnalytics;
    const total = (a: { buckets: { returned: number; claimed: number }[] }, k: 'returned' | 'claimed') => a.buckets.reduce((n, b) => n + b[k], 0);
    expect([total(south, 'returned'), total(south, 'claimed')]).toEqual([1, 1]);
    expect([total(north, 'returned'), total(north, 'claimed')]).toEqual([1, 0]);
    expect(south.buckets.map((b: { stockAtEnd: number }) => b.stockAtEnd)).toEqual(north.buckets.map((b: { stockAtEnd: number }) => b.stockAtEnd));
    const repsShown = [...south.recycleFrequency, ...south.boomerangByRep].map((r: { rep: { id: string } }) => r.rep.id);
    expect(repsShown).not.toContain(ids.northRep);
    for (const [field, value] of [['repId', ids.northRep], ['departmentId', ids.north]]) {
      const res = await ask('manager2', { ...range, [field]: value });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: `input.${field}` })]);
    }
    const own = (await ask('manager2', { ...range, departmentId: ids.south, repId: ids.southRep })).data.poolAnalytics;
    expect(total(own, 'claimed')).toBe(1);
  });

  it('keeps the hourly cohort counts current as a claim is won and then followed up', async () => {
    const hourOfClaim = new Date('2026-11-23T10:00:00Z');
    const counts = async () =>
      (
        await t.dataSource.query(
          `SELECT sum(size)::int AS size, sum(won30)::int AS won30, sum(won90)::int AS won90, sum(activated)::int AS activated FROM pool_cohort_hours WHERE hour = $1 AND kind = 6`,
          [hourOfClaim],
        )
      )[0];
    // The claim at 10:00 and its WON two hours later (beforeAll), by triggers on pool_moves.
    expect(await counts()).toEqual({ size: 1, won30: 1, won90: 1, activated: 0 });
    // The claimer's first counted follow-up, within 48 hours of the claim: the move is activated.
    const logged = await gql(
      t.graphqlUrl,
      'mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id } } }',
      { input: { customerId: ids.n1, type: 'CALL', content: 'Talked through the first order and delivery dates' } },
      { token: tokens.southRep },
    );
    expect(logged.errors).toBeUndefined();
    expect(await counts()).toEqual({ size: 1, won30: 1, won90: 1, activated: 1 });
  });

  it('a rep is refused', async () => {
    expect(errorCode(await ask('northRep', range))).toBe('FORBIDDEN');
  });

  it.each([
    [{ preset: 'CUSTOM', from: '2024-01-01', to: '2026-01-01' }, 'input.to'],
    [{ preset: 'CUSTOM', from: '2026-02-01', to: '2026-01-01' }, 'input.to'],
    [{ preset: 'CUSTOM', to: '2026-01-01' }, 'input.from'],
    [{ preset: 'CUSTOM', from: 'yesterday', to: '2026-01-01' }, 'input.from'],
    [{ preset: 'LAST_7_DAYS', regionId: 'north' }, 'input.regionId'],
  ])('refuses %o naming %s', async (input, field) => {
    const res = await ask('admin', input);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('an unknown rep or department is not found, like a missing id', async () => {
    for (const [field, value] of [['repId', '999999'], ['departmentId', '999999'], ['repId', 'abc']]) {
      const res = await ask('admin', { preset: 'LAST_7_DAYS', [field]: value });
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
  });
});
