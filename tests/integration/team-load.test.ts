import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, repLoad, TEAM_FIGURES, type PoolPolicy, type TeamFigure, type TeamRepFacts } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql, subscribe, wsClient, type GraphQLResponse } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';
import type { DepartmentEntity } from '../../server/src/modules/org/department.entity';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Berlin, a cap of 4 that leaves WON customers out, and no cooldowns: small numbers that show every rule. */
const POLICY: PoolPolicy = {
  ...DEFAULT_POOL_POLICY,
  teamTimeZone: 'Europe/Berlin',
  holdingCap: 4,
  holdingCapCountsWon: false,
  dailyClaimLimit: 10,
  previousOwnerCooldownDays: 0,
  newEntryCooldownHours: 0,
};
/** Sunday 22 November 2026, 10:00 in Berlin (CET): the team day began at 2026-11-21T23:00:00Z. */
const NOW = '2026-11-22T09:00:00Z';

const FIGURES = 'holdings claimsToday protectionEndsIn3Days protectionEndsIn7Days recyclesIn7Days followedUpIn7Days';
const TEAM_LOAD = `query($departmentId: ID) { teamLoad(departmentId: $departmentId) {
  asOf department { id name } holdingCap dailyClaimLimit holdingCapCountsWon
  totals { ${FIGURES} }
  reps { rep { id name email department { name } } figures { ${FIGURES} } nearCap claimsUsed lastActivityAt }
} }`;
const DRILL = `query($filter: CustomerFilter) { customers(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
const FIELD_OF: Record<TeamFigure, string> = {
  HOLDINGS: 'holdings',
  CLAIMED_TODAY: 'claimsToday',
  PROTECTION_ENDS_IN_3_DAYS: 'protectionEndsIn3Days',
  PROTECTION_ENDS_IN_7_DAYS: 'protectionEndsIn7Days',
  RECYCLES_IN_7_DAYS: 'recyclesIn7Days',
  FOLLOWED_UP_IN_7_DAYS: 'followedUpIn7Days',
};

type Figures = Record<string, number>;
type TeamLoad = {
  asOf: string;
  department: { id: string; name: string } | null;
  totals: Figures;
  reps: { rep: { id: string; name: string; email: string | null }; figures: Figures; nearCap: boolean; claimsUsed: number; lastActivityAt: string | null }[];
};

describe('teamLoad: the manager’s desk', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const c: Record<string, string> = {};
  let north: DepartmentEntity;
  let sub: DepartmentEntity;
  let south: DepartmentEntity;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(t.graphqlUrl, query, variables, { token: tokens[who] });
  const load = async (who: string, departmentId?: number | string): Promise<TeamLoad> => {
    const res = await as(who, TEAM_LOAD, { departmentId: departmentId === undefined ? null : String(departmentId) });
    expect(res.errors).toBeUndefined();
    return res.data.teamLoad;
  };
  const drill = async (who: string, teamFigure: Record<string, unknown>) => {
    const res = await as(who, DRILL, { filter: { teamFigure } });
    expect(res.errors).toBeUndefined();
    return { count: res.data.customers.totalCount as number, ids: (res.data.customers.edges as { node: { id: string } }[]).map((e) => e.node.id).sort() };
  };
  const setEnd = (customer: string, until: Date | string) =>
    t.dataSource.query('UPDATE customer_ownership SET protected_until = $2 WHERE customer_id = $1', [customer, new Date(until)]);
  const followUp = (customer: string, author: string, at: Date, counted: boolean) =>
    t.dataSource.query(
      `INSERT INTO follow_ups (customer_id, author_id, type, content, occurred_at, counted, created_at) VALUES ($1, $2, 'CALL', 'A call about the renewal', $3, $4, $3)`,
      [customer, ids[author], at, counted],
    );
  const claim = async (who: string, customer: string) => {
    const res = await as(who, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok code } }', { ids: [customer] });
    expect(res.data.claimCustomers).toEqual([{ ok: true, code: null }]);
  };
  const giveBack = async (who: string, customer: string) => {
    const res = await as(who, 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id: customer });
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-21T08:00:00Z' });
    // A roomy cap while the data is made; the desk reads the cap of 4 set below.
    await t.dataSource.query(`INSERT INTO app_settings (key, value, updated_at) VALUES ('pool-policy', $1, now())`, [JSON.stringify({ ...POLICY, holdingCap: 100 })]);
    north = await makeDepartment(t.dataSource, 'North');
    sub = await makeDepartment(t.dataSource, 'North Sub', north);
    south = await makeDepartment(t.dataSource, 'South');
    const users = {
      ada: await makeUser(t.dataSource, { department: north, name: 'Ada North' }),
      ben: await makeUser(t.dataSource, { department: north, name: 'Ben North' }),
      cara: await makeUser(t.dataSource, { department: sub, name: 'Cara Sub' }),
      dan: await makeUser(t.dataSource, { department: north, name: 'Dan Disabled' }),
      eve: await makeUser(t.dataSource, { department: north, name: 'Eve Disabled', disabled: true }),
      mia: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Mia Manager' }),
      sam: await makeUser(t.dataSource, { department: south, name: 'Sam South' }),
      zoe: await makeUser(t.dataSource, { role: 'MANAGER', department: south, name: 'Zoe South Manager' }),
      seller: await makeUser(t.dataSource, { department: south, name: 'Sol Seller' }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN', name: 'Ann Admin' }),
    };
    for (const [who, user] of Object.entries(users)) {
      ids[who] = user.id;
      if (who !== 'eve') tokens[who] = await loginAs(t.graphqlUrl, user);
    }
    const create = async (key: string, who: string) => (c[key] = await createCustomerAs(t.graphqlUrl, tokens[who], { companyName: `${key} Trading Company` }));

    // Yesterday (21 Nov): customers made, three handed back to the pool.
    for (const key of ['A1', 'A2', 'A3', 'A4']) await create(key, 'ada');
    await create('B1', 'ben');
    await create('C1', 'cara');
    await create('D1', 'dan');
    await create('M1', 'mia');
    await create('Z1', 'sam');
    await create('X1', 'admin');
    for (const key of ['P1', 'P2', 'P3', 'P4']) {
      await create(key, 'seller');
      await giveBack('seller', c[key]);
    }
    // Ada's claim in the last second of 21 November in Berlin, and her first of the 22nd.
    t.clock.set('2026-11-21T22:59:59Z');
    await claim('ada', c.P1);
    t.clock.set('2026-11-21T23:00:00Z');
    await claim('ada', c.P2);
    t.clock.set(NOW);
    // Ben claims one today and gives it back: the counter says 1, but he no longer holds it.
    await claim('ben', c.P3);
    await giveBack('ben', c.P3);
    // Ben's valid follow-up, logged now: his last activity, and one followed-up customer.
    const logged = await as('ben', 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Long call about next season" }) { followUp { counted } } }', { id: c.B1 });
    expect(logged.data.logFollowUp.followUp.counted).toBe(true);

    // Hand-set protection ends and statuses (stored ends are what the desk and the sweep read).
    const now = new Date(NOW).getTime();
    await setEnd(c.A1, new Date(now + 1 * DAY)); // ends in 1 day
    await setEnd(c.A2, new Date(now + 2 * DAY)); // WON: not held under the cap, never recycled
    await t.dataSource.query(`UPDATE customers SET status = 'WON' WHERE id = $1`, [c.A2]);
    await setEnd(c.A3, new Date(now - 1 * DAY)); // already passed, and locked: the sweep leaves it
    await t.dataSource.query('UPDATE customer_ownership SET locked = true WHERE customer_id = $1', [c.A3]);
    await setEnd(c.A4, new Date(now + 5 * DAY)); // within 7 days, not 3
    await followUp(c.A4, 'ada', new Date(now - 1 * DAY), true); // counted, yesterday
    await followUp(c.A1, 'ada', new Date(now - 8 * DAY), true); // counted, but 8 days ago
    await followUp(c.A3, 'ada', new Date(now - 1 * HOUR), false); // did not count; still her latest activity
    await followUp(c.C1, 'ada', new Date(now - 2 * HOUR), true); // on Cara's customer: not Ada's, nor Cara's
    await setEnd(c.D1, new Date(now + 6 * DAY));
    await t.dataSource.query('UPDATE users SET disabled = true WHERE id = $1', [ids.dan]);
    await t.dataSource.query(`UPDATE app_settings SET value = $1 WHERE key = 'pool-policy'`, [JSON.stringify(POLICY)]);
  });
  afterAll(() => t.stop());

  it('counts each figure per rep as the definitions say', async () => {
    const team = await load('mia');
    expect(team.department).toEqual({ id: String(north.id), name: 'North' });
    expect(team.asOf).toBe(new Date(NOW).toISOString());
    // Active reps and managers of the subtree, and Dan (disabled, still holding D1); not Eve.
    expect(team.reps.map((r) => r.rep.name)).toEqual(['Ada North', 'Ben North', 'Cara Sub', 'Dan Disabled', 'Mia Manager']);
    const ada = team.reps[0];
    expect(ada.figures).toEqual({
      holdings: 5, // A1 A3 A4 P1 P2: A2 is WON and the cap leaves WON out
      claimsToday: 1, // P2 at local midnight; P1 a second before it was yesterday's
      protectionEndsIn3Days: 3, // A1 (1 day), A2 (2 days), A3 (passed)
      protectionEndsIn7Days: 4, // + A4 (5 days)
      recyclesIn7Days: 2, // A1 and A4: A2 is WON, A3 locked
      followedUpIn7Days: 1, // A4; A1's was 8 days ago, A3's did not count, C1 is not hers
    });
    expect(ada.nearCap).toBe(true); // 5 of 4
    expect(ada.lastActivityAt).toBe(new Date(new Date(NOW).getTime() - HOUR).toISOString());
    expect(ada.rep.email).not.toBeNull(); // the manager's own team: full person view
    const ben = team.reps[1];
    expect(ben.figures).toMatchObject({ holdings: 1, claimsToday: 0, followedUpIn7Days: 1 });
    // Beside the daily limit the counter the limit reads: Ben's claim counts though he gave it back.
    expect(ben.claimsUsed).toBe(1);
    expect(ada.claimsUsed).toBe(1); // P2; P1 counted on yesterday's counter
    expect(ben.lastActivityAt).toBe(new Date(NOW).toISOString());
    expect(team.reps[3].figures.holdings).toBe(1); // Dan's D1
    expect(team.totals).toEqual(sumOf(team.reps.map((r) => r.figures)));
  });

  it('agrees with the domain’s definitions on every row', async () => {
    for (const row of (await load('admin')).reps) {
      const facts = await factsOf(t, Number(row.rep.id));
      const expected = repLoad(facts, new Date(NOW), POLICY);
      expect(row.figures, row.rep.name).toEqual(Object.fromEntries(TEAM_FIGURES.map((f) => [FIELD_OF[f], expected.figures[f]])));
      expect(row.nearCap, row.rep.name).toBe(expected.nearCap);
      expect(row.lastActivityAt, row.rep.name).toBe(expected.lastActivityAt?.toISOString() ?? null);
    }
  });

  it('every number equals the customers its drill-down lists, per rep and for the totals, for every viewer', async () => {
    const views: [string, number | undefined][] = [
      ['mia', undefined],
      ['mia', sub.id],
      ['zoe', undefined],
      ['admin', undefined],
      ['admin', north.id],
      ['admin', south.id],
      ['ada', undefined],
      ['ada', south.id], // ignored for a rep
    ];
    for (const [who, departmentId] of views) {
      const team = await load(who, departmentId);
      const department = departmentId === undefined ? {} : { departmentId: String(departmentId) };
      for (const figure of TEAM_FIGURES) {
        const field = FIELD_OF[figure];
        for (const row of team.reps) {
          const listed = await drill(who, { figure, repId: row.rep.id, ...department });
          expect({ who, departmentId, rep: row.rep.name, figure, count: listed.count, listed: listed.ids.length }).toEqual({
            who, departmentId, rep: row.rep.name, figure, count: row.figures[field], listed: row.figures[field],
          });
        }
        const all = await drill(who, { figure, ...department });
        expect({ who, departmentId, figure, total: all.count }).toEqual({ who, departmentId, figure, total: team.totals[field] });
      }
    }
  });

  it('lists exactly the customers behind a number', async () => {
    const listed = async (figure: TeamFigure) => (await drill('mia', { figure, repId: String(ids.ada) })).ids;
    const sorted = (...keys: string[]) => keys.map((k) => c[k]).sort();
    expect(await listed('HOLDINGS')).toEqual(sorted('A1', 'A3', 'A4', 'P1', 'P2'));
    expect(await listed('CLAIMED_TODAY')).toEqual(sorted('P2'));
    expect(await listed('PROTECTION_ENDS_IN_3_DAYS')).toEqual(sorted('A1', 'A2', 'A3'));
    expect(await listed('RECYCLES_IN_7_DAYS')).toEqual(sorted('A1', 'A4'));
    expect(await listed('FOLLOWED_UP_IN_7_DAYS')).toEqual(sorted('A4'));
    // With another filter the figure narrows the list, never widens it.
    const narrowed = await as('mia', DRILL, { filter: { status: 'WON', teamFigure: { figure: 'PROTECTION_ENDS_IN_3_DAYS' } } });
    expect(narrowed.data.customers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([c.A2]);
  });

  it('a manager sees only their subtree: South never sees North, through the desk or the drill-down', async () => {
    const southTeam = await load('zoe');
    expect(southTeam.reps.map((r) => r.rep.name)).toEqual(['Sam South', 'Sol Seller', 'Zoe South Manager']);
    expect(southTeam.department?.name).toBe('South');
    const refusals = [
      await as('zoe', TEAM_LOAD, { departmentId: String(north.id) }),
      await as('zoe', DRILL, { filter: { teamFigure: { figure: 'HOLDINGS', repId: String(ids.ada) } } }),
      await as('zoe', DRILL, { filter: { teamFigure: { figure: 'HOLDINGS', departmentId: String(north.id) } } }),
      await as('mia', DRILL, { filter: { teamFigure: { figure: 'HOLDINGS', repId: String(ids.ada), departmentId: String(sub.id) } } }), // Ada is not in Sub
    ];
    expect(refusals.map(fieldsOf)).toEqual([
      ['NOT_FOUND', 'departmentId'],
      ['NOT_FOUND', 'filter.teamFigure.repId'],
      ['NOT_FOUND', 'filter.teamFigure.departmentId'],
      ['NOT_FOUND', 'filter.teamFigure.repId'],
    ]);
    // …answered exactly like ids that name nothing.
    expect(fieldsOf(await as('zoe', TEAM_LOAD, { departmentId: '999999' }))).toEqual(['NOT_FOUND', 'departmentId']);
    expect(fieldsOf(await as('zoe', TEAM_LOAD, { departmentId: 'abc' }))).toEqual(['NOT_FOUND', 'departmentId']);
    expect(fieldsOf(await as('zoe', DRILL, { filter: { teamFigure: { figure: 'HOLDINGS', repId: '999999' } } }))).toEqual(['NOT_FOUND', 'filter.teamFigure.repId']);
    expect(refusals[0].errors![0].message).toBe((await as('zoe', TEAM_LOAD, { departmentId: '999999' })).errors![0].message);
    // The South total lists no North customer.
    const southHoldings = await drill('zoe', { figure: 'PROTECTION_ENDS_IN_7_DAYS' });
    expect(southHoldings.ids.some((id) => [c.A1, c.A2, c.A3, c.A4, c.D1].includes(id))).toBe(false);
    expect((await as('zoe', '{ departments { name } }')).data.departments).toEqual([{ name: 'South' }]);
  });

  it('a rep gets only their own row, whatever department they ask for', async () => {
    for (const departmentId of [undefined, north.id, south.id]) {
      const own = await load('ada', departmentId);
      expect(own.reps.map((r) => r.rep.name)).toEqual(['Ada North']);
      expect(own.department).toBeNull();
      expect(own.totals).toEqual(own.reps[0].figures);
    }
    expect(fieldsOf(await as('ada', DRILL, { filter: { teamFigure: { figure: 'HOLDINGS', repId: String(ids.ben) } } }))).toEqual(['NOT_FOUND', 'filter.teamFigure.repId']);
    expect((await as('ada', '{ departments { name } }')).data.departments).toEqual([{ name: 'North' }]);
  });

  it('an admin sees everyone by default and picks any department', async () => {
    const everyone = await load('admin');
    expect(everyone.department).toBeNull();
    // Admins own customers too (X1) but are not on the desk; Eve is disabled and holds nothing.
    expect(everyone.reps.map((r) => r.rep.name)).toEqual(['Ada North', 'Ben North', 'Cara Sub', 'Dan Disabled', 'Mia Manager', 'Sam South', 'Sol Seller', 'Zoe South Manager']);
    const southOnly = await load('admin', south.id);
    expect(southOnly.department?.name).toBe('South');
    expect(southOnly.reps.map((r) => r.rep.name)).toEqual(['Sam South', 'Sol Seller', 'Zoe South Manager']);
    expect((await load('admin', sub.id)).reps.map((r) => r.rep.name)).toEqual(['Cara Sub']);
    expect((await as('admin', '{ departments { name } }')).data.departments.map((d: { name: string }) => d.name).sort()).toEqual(['North', 'North Sub', 'South']);
    expect((await as('mia', '{ departments { name } }')).data.departments.map((d: { name: string }) => d.name)).toEqual(['North', 'North Sub']);
    expect(fieldsOf(await as('admin', TEAM_LOAD, { departmentId: '999999' }))).toEqual(['NOT_FOUND', 'departmentId']);
  });

  it('the manager’s myCustomersChanged hears every change the desk shows: claim, assignment, return, recycle, follow-up, policy edit', async () => {
    const stream = subscribe<{ myCustomersChanged: { kind: string; customerIds: string[] } }>(
      wsClient(t.wsUrl, tokens.mia),
      'subscription { myCustomersChanged { kind customerIds } }',
    );
    try {
      const heard = () => stream.events.map((e) => e.data!.myCustomersChanged);
      const policy = (await as('admin', '{ poolPolicy { teamTimeZone } }')).data.poolPolicy;
      expect(policy.teamTimeZone).toBe('Europe/Berlin');
      const savePolicy = () =>
        as('admin', 'mutation($input: PoolPolicyInput!) { updatePoolPolicy(input: $input) { version } }', { input: policyInput(POLICY) });
      // A policy save reaches everyone: repeat until the subscription is live.
      for (let round = 0; heard().length === 0; round++) {
        if (round === 50) throw new Error('subscription never became live');
        expect((await savePolicy()).errors).toBeUndefined();
        await stream.until(() => heard().length > 0, 100).catch(() => undefined);
      }
      expect(heard().some((n) => n.kind === 'QUOTA_CHANGED')).toBe(true);

      await claim('cara', c.P4);
      await giveBack('cara', c.P4);
      const assigned = await as('mia', 'mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { ok code } }', {
        input: { customerIds: [c.P3], toUserIds: [String(ids.ben)] },
      });
      expect(assigned.data.assignCustomers).toEqual([{ ok: true, code: null }]);
      t.clock.advance(HOUR); // an hour after the assignment, so the follow-up moves the end (else it is heard as UPDATED)
      const logged = await as('ben', 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: VISIT, content: "Visited the new warehouse" }) { followUp { counted } } }', { id: c.P3 });
      expect(logged.data.logFollowUp.followUp.counted).toBe(true);
      // The sweep recomputes ends from the facts: D1 (no follow-ups) owned for 31 days is due.
      await t.dataSource.query('UPDATE customer_ownership SET owned_since = $2, protected_until = $3 WHERE customer_id = $1', [
        c.D1,
        new Date(new Date(NOW).getTime() - 31 * DAY),
        new Date(new Date(NOW).getTime() - DAY),
      ]);
      expect((await t.server.services.recycleSweep.sweep()).recycled.map((r) => String(r.customerId))).toEqual([c.D1]);
      const before = heard().length;
      expect((await savePolicy()).errors).toBeUndefined();
      await stream.until(() => heard().slice(before).some((n) => n.kind === 'QUOTA_CHANGED'));

      const kinds = heard().filter((n) => n.kind !== 'QUOTA_CHANGED').map((n) => `${n.kind} ${n.customerIds.join(',')}`);
      expect(kinds).toEqual([`CLAIMED ${c.P4}`, `RETURNED ${c.P4}`, `ASSIGNED ${c.P3}`, `PROTECTION_EXTENDED ${c.P3}`, `RECYCLED ${c.D1}`]);
    } finally {
      stream.stop();
    }
  });
});

function fieldsOf(res: GraphQLResponse): [string | undefined, string | undefined] {
  return [errorCode(res), res.errors?.[0]?.extensions?.fields?.[0]?.field];
}

function sumOf(rows: Figures[]): Figures {
  const totals: Figures = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) totals[k] = (totals[k] ?? 0) + v;
  return totals;
}

/** The policy as PoolPolicyInput takes it (tier settings as lists). */
function policyInput(p: PoolPolicy) {
  const tiers = <T,>(s: { default: T; byTier: Record<string, T> }) => ({ default: s.default, byTier: Object.entries(s.byTier).map(([tier, days]) => ({ tier, days })) });
  return { ...p, protectionDays: tiers(p.protectionDays), noDealDays: tiers(p.noDealDays), returnReasons: p.returnReasons.map((r) => ({ ...r })) };
}

/** One rep's facts straight from the tables, for the domain's twin of the server's counts. */
async function factsOf(t: TestServer, repId: number): Promise<TeamRepFacts> {
  const owned = await t.dataSource.query(
    `SELECT o.customer_id AS "customerId", c.status, o.locked, o.protected_until AS "protectedUntil"
       FROM customer_ownership o JOIN customers c ON c.id = o.customer_id WHERE o.owner_id = $1`,
    [repId],
  );
  const claims = await t.dataSource.query(`SELECT customer_id AS "customerId", occurred_at AS at FROM ownership_events WHERE kind = 'CLAIMED' AND to_user_id = $1`, [repId]);
  const followUps = await t.dataSource.query(`SELECT customer_id AS "customerId", occurred_at AS at, counted FROM follow_ups WHERE author_id = $1`, [repId]);
  const acted = await t.dataSource.query(`SELECT occurred_at AS at FROM ownership_events WHERE actor_id = $1`, [repId]);
  return { owned, claims, followUps, actedAt: acted.map((a: { at: Date }) => a.at) };
}
