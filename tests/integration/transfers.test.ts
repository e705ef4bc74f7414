import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';
import { OwnershipLedger } from '../../server/src/modules/ownership/ownership-ledger';

const REQUEST = `id status needsApproval departure note canDecide decisionComment
  from { name } requestedBy { name } decidedBy { name } receivers { name }
  counts { customers contacts followUps openReminders } progress { total done moved failed }
  perReceiver { user { name } customers }`;
const START = `mutation($input: TransferInput!) { startTransfer(input: $input) { ${REQUEST} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideTransfer(id: $id, approve: $approve, comment: $comment) { ${REQUEST} } }`;
const PREVIEW = `query($input: TransferPlanInput!) { previewTransfer(input: $input) { needsApproval counts { customers contacts followUps openReminders } perReceiver { user { name } customers room } } }`;
const ONE = `query($id: ID!) { transferRequest(id: $id) { ${REQUEST} } transferItems(id: $id, onlyFailed: true) { customerId companyName outcome to { name } } }`;

/**
 * Departures and other transfers: a preview, a request that waits for the manager above (or an
 * admin), a background job on the PostgreSQL queue that moves a chunk per job, every customer's
 * outcome, and a trail that agrees with who owns what, whatever raced it.
 */
describe('transfers', () => {
  let t: TestServer;
  const users: Record<string, { id: number; email: string; name: string }> = {};
  const tokens: Record<string, string> = {};
  let seq = 0;

  const as = (who: string, query: string, variables: Record<string, unknown>) => gql(t.graphqlUrl, query, variables, { token: tokens[who] });
  const start = (input: Record<string, unknown>, who = 'teamManager') => as(who, START, { input: { note: 'Leaving at the end of the month', ...input } });
  const decide = (id: string, approve: boolean, who = 'headManager', comment: string | null = null) => as(who, DECIDE, { id, approve, comment });
  const customersOf = async (who: string, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await createCustomerAs(t.graphqlUrl, tokens[who], { companyName: `Handover ${++seq} Dock ${crypto.randomUUID().slice(0, 6)}`, acknowledgeDuplicates: true }));
    return ids;
  };
  const ownersOf = async (ids: readonly string[]) =>
    new Map<string, number | null>((await t.dataSource.query('SELECT customer_id::text AS id, owner_id AS owner FROM customer_ownership WHERE customer_id = ANY($1::int[])', [ids])).map((r: { id: string; owner: number | null }) => [r.id, r.owner]));
  const finished = (id: string) => expect.poll(async () => (await as('admin', ONE, { id })).data.transferRequest.status, { timeout: 20_000, interval: 25 }).toBe('DONE');
  const setPolicy = (changes: Partial<PoolPolicy>) =>
    t.server.services.policies.update({ userId: users.admin.id, role: 'ADMIN', departmentPath: null }, { ...DEFAULT_POOL_POLICY, ...changes });

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const harbour = await makeDepartment(t.dataSource, 'Harbour', north);
    const south = await makeDepartment(t.dataSource, 'South');
    const made = {
      headManager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Hana Head' }),
      teamManager: await makeUser(t.dataSource, { role: 'MANAGER', department: harbour, name: 'Tom Team' }),
      leaver: await makeUser(t.dataSource, { department: harbour, name: 'Lea Leaver' }),
      rep2: await makeUser(t.dataSource, { department: harbour, name: 'Rep Two' }),
      rep3: await makeUser(t.dataSource, { department: harbour, name: 'Rep Three' }),
      northRep: await makeUser(t.dataSource, { department: north, name: 'Nils North' }),
      southRep: await makeUser(t.dataSource, { department: south, name: 'South Rep' }),
      gone: await makeUser(t.dataSource, { department: harbour, name: 'Gone Rep', disabled: true }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN', name: 'Ada Admin' }),
    };
    for (const [who, user] of Object.entries(made)) {
      users[who] = user;
      if (!user.disabled) tokens[who] = await loginAs(t.graphqlUrl, user);
    }
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => t.stop());

  it('previews, waits for the manager above, then moves every customer with its contacts and follow-ups, once, on the trail', async () => {
    const ids = await customersOf('leaver', 3);
    expect((await as('leaver', 'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Ole Olsen" }) { contact { id } } }', { id: ids[0] })).errors).toBeUndefined();
    expect(
      (await as('leaver', 'mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id } } }', {
        input: { customerId: ids[1], type: 'CALL', content: 'Asked about the spring order volumes', occurredAt: '2026-11-02T08:00:00Z' },
      })).errors,
    ).toBeUndefined();
    const input = { fromUserId: String(users.leaver.id), receiverMode: 'SPREAD', toUserIds: [String(users.rep2.id), String(users.rep3.id)] };
    const preview = await as('teamManager', PREVIEW, { input }); // a preview needs no note yet
    expect(preview.errors).toBeUndefined();
    expect(preview.data.previewTransfer).toMatchObject({ needsApproval: true, counts: { customers: 3, contacts: 1, followUps: 1, openReminders: 0 } });
    expect(preview.data.previewTransfer.perReceiver.map((r: { customers: number }) => r.customers).sort()).toEqual([1, 2]);

    const started = await start(input);
    expect(started.errors).toBeUndefined();
    const request = started.data.startTransfer;
    expect(request).toMatchObject({ status: 'PENDING', needsApproval: true, departure: true, canDecide: false, from: { name: 'Lea Leaver' }, requestedBy: { name: 'Tom Team' } });
    expect(errorCode(await decide(request.id, true, 'teamManager'))).toBe('CANNOT_DECIDE_OWN');
    expect(errorCode(await decide(request.id, true, 'northRep'))).toBe('FORBIDDEN');
    // Nothing moves while it waits.
    expect([...(await ownersOf(ids)).values()]).toEqual(ids.map(() => users.leaver.id));
    // A second departure of the same rep while one is open is refused by the database's index.
    expect(errorCode(await start(input))).toBe('TRANSFER_UNDER_WAY');

    const approved = await decide(request.id, true, 'headManager', 'Agreed with HR');
    expect(approved.data.decideTransfer).toMatchObject({ status: 'QUEUED', decidedBy: { name: 'Hana Head' }, decisionComment: 'Agreed with HR' });
    expect(errorCode(await decide(request.id, true, 'admin'))).toBe('ALREADY_DECIDED');
    await finished(request.id);

    const owners = await ownersOf(ids);
    expect([...owners.values()].every((o) => o === users.rep2.id || o === users.rep3.id)).toBe(true);
    const events = await t.dataSource.query(
      `SELECT customer_id::text AS id, kind, actor_id AS actor, approver_id AS approver, transfer_request_id::text AS request FROM ownership_events WHERE customer_id = ANY($1::int[]) AND kind <> 'CREATED' ORDER BY customer_id`,
      [ids],
    );
    expect(events).toEqual(ids.map((id) => ({ id, kind: 'TRANSFERRED', actor: users.teamManager.id, approver: users.headManager.id, request: request.id })));
    const done = (await as('teamManager', ONE, { id: request.id })).data;
    expect(done.transferRequest).toMatchObject({ status: 'DONE', progress: { total: 3, done: 3, moved: 3, failed: 0 } });
    expect(done.transferItems).toEqual([]);
    // Contacts and follow-ups belong to the customer: they went with it.
    expect(Number((await t.dataSource.query('SELECT count(*)::int AS n FROM contacts WHERE customer_id = $1', [ids[0]]))[0].n)).toBe(1);
  });

  it('moves nothing when rejected', async () => {
    const ids = await customersOf('rep3', 2);
    const request = (await start({ fromUserId: String(users.rep3.id), receiverMode: 'ONE', toUserIds: [String(users.rep2.id)] })).data.startTransfer;
    const rejected = await decide(request.id, false, 'admin', 'Not before the audit');
    expect(rejected.data.decideTransfer).toMatchObject({ status: 'REJECTED', decisionComment: 'Not before the audit' });
    expect([...(await ownersOf(ids)).values()]).toEqual(ids.map(() => users.rep3.id));
    expect(Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ownership_events WHERE transfer_request_id = $1`, [request.id]))[0].n)).toBe(0);
  });

  it('refuses bad requests with coded errors naming the field', async () => {
    await customersOf('rep2', 1);
    const fields = async (input: Record<string, unknown>, who = 'teamManager') => {
      const res = await start({ fromUserId: String(users.rep2.id), receiverMode: 'ONE', ...input }, who);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields!.map((f) => `${f.field} ${f.rule}`);
    };
    expect(await fields({ toUserIds: [String(users.gone.id)] })).toEqual(['toUserIds REP_DISABLED']);
    expect(await fields({ toUserIds: [String(users.southRep.id)] })).toEqual(['toUserIds NOT_IN_YOUR_TEAM']);
    expect(await fields({ toUserIds: [String(users.rep2.id)] })).toEqual(['toUserIds RECEIVER_IS_SOURCE']);
    expect(await fields({ toUserIds: [String(users.rep3.id)], keepReadDays: 0 })).toEqual(['keepReadDays BETWEEN']);
    expect(await fields({ receiverMode: 'POOL', toUserIds: [String(users.rep3.id)] })).toEqual(['toUserIds NONE_FOR_POOL']);
    expect(await fields({ toUserIds: [String(users.rep3.id)], note: '  ' })).toEqual(['note REQUIRED']);
    expect(await fields({ fromUserId: String(users.southRep.id), toUserIds: [String(users.rep3.id)] })).toEqual(['fromUserId NOT_IN_YOUR_TEAM']);
    expect(await fields({ fromUserId: String(users.headManager.id), toUserIds: [String(users.rep3.id)] }, 'admin')).toEqual(['fromUserId NOTHING_TO_MOVE']);
    expect(errorCode(await start({ fromUserId: String(users.rep2.id), receiverMode: 'POOL' }, 'rep3'))).toBe('FORBIDDEN');
  });

  it('reports per customer what changed hands meanwhile or would pass a cap, and moves the rest', async () => {
    const ids = await customersOf('northRep', 4);
    const request = (await start({ fromUserId: String(users.northRep.id), receiverMode: 'ONE', toUserIds: [String(users.rep3.id)] }, 'headManager')).data.startTransfer;
    expect(request.status).toBe('PENDING');
    // While it waits, the rep gives one back.
    expect((await as('northRep', 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id: ids[0] })).errors).toBeUndefined();
    const held = Number((await t.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id = $1', [users.rep3.id]))[0].n);
    await setPolicy({ holdingCap: held + 2 });
    try {
      await decide(request.id, true, 'admin');
      await finished(request.id);
    } finally {
      await setPolicy({});
    }
    const done = (await as('admin', ONE, { id: request.id })).data;
    expect(done.transferRequest.progress).toEqual({ total: 4, done: 4, moved: 2, failed: 2 });
    expect(done.transferItems).toEqual([
      { customerId: ids[0], companyName: expect.stringMatching(/^Handover/), outcome: 'OWNER_CHANGED', to: { name: 'Rep Three' } },
      { customerId: ids[3], companyName: expect.stringMatching(/^Handover/), outcome: 'HOLDING_CAP_REACHED', to: { name: 'Rep Three' } },
    ]);
    const owners = await ownersOf(ids);
    expect([owners.get(ids[0]), owners.get(ids[1]), owners.get(ids[2]), owners.get(ids[3])]).toEqual([null, users.rep3.id, users.rep3.id, users.northRep.id]);
  });

  it('runs an admin\'s transfer at once; a chunk that fails halfway is retried and each customer moves exactly once', async () => {
    const ids = await customersOf('rep2', 130);
    // The second chunk's first attempt dies after its moves are written (a crash before commit).
    const apply = OwnershipLedger.prototype.apply;
    let transferChunks = 0;
    vi.spyOn(OwnershipLedger.prototype, 'apply').mockImplementation(async function (this: OwnershipLedger, ...args: Parameters<OwnershipLedger['apply']>) {
      const applied = await apply.apply(this, args);
      if (args[2].some((m) => m.transfer) && ++transferChunks === 2) throw new Error('worker killed');
      return applied;
    });
    const held = Number((await t.dataSource.query('SELECT count(*)::int AS n FROM customer_ownership WHERE owner_id = $1', [users.rep2.id]))[0].n);
    const request = (await start({ fromUserId: String(users.rep2.id), receiverMode: 'POOL', note: 'Territory closed' }, 'admin')).data.startTransfer;
    expect(request).toMatchObject({ status: 'QUEUED', needsApproval: false, counts: { customers: held } });
    await finished(request.id);
    expect(transferChunks).toBeGreaterThanOrEqual(3);
    const counts = await t.dataSource.query(
      `SELECT count(*)::int AS events, count(DISTINCT customer_id)::int AS customers FROM ownership_events WHERE transfer_request_id = $1`,
      [request.id],
    );
    expect(counts).toEqual([{ events: held, customers: held }]);
    expect([...(await ownersOf(ids)).values()].every((o) => o === null)).toBe(true);
    const entries = await t.dataSource.query(`SELECT count(*)::int AS n FROM pool_entries WHERE kind = 'RELEASED' AND reason = 'released: Territory closed' AND customer_id = ANY($1::int[])`, [ids]);
    expect(entries[0].n).toBe(130);
  });

  it('a departure racing the rep\'s own returns and edits and others\' claims loses no move: one owner each, a trail that agrees', async () => {
    const ids = await customersOf('rep3', 110);
    const request = (await start({ fromUserId: String(users.rep3.id), receiverMode: 'SPREAD', toUserIds: [String(users.rep2.id), String(users.leaver.id)] }, 'admin')).data.startTransfer;
    await Promise.all([
      ...ids.slice(0, 15).map((id) => as('rep3', 'mutation($id: ID!) { returnCustomer(customerId: $id, reasonCode: "NOT_A_FIT") }', { id })),
      ...ids.slice(15, 30).map((id) => as('rep3', 'mutation($id: ID!) { updateCustomer(id: $id, input: { tags: ["racing"] }) { customer { id } } }', { id })),
      as('southRep', 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { ok } }', { ids: ids.slice(0, 15) }),
    ]);
    await finished(request.id);
    const trail: { id: string; from: number | null; to: number | null }[] = await t.dataSource.query(
      `SELECT e.customer_id::text AS id, e.from_user_id AS "from", e.to_user_id AS "to" FROM ownership_events e WHERE e.customer_id = ANY($1::int[]) ORDER BY e.customer_id, e.id`,
      [ids],
    );
    const owners = await ownersOf(ids);
    const items = new Map<string, string>((await t.dataSource.query('SELECT customer_id::text AS id, outcome FROM transfer_items WHERE request_id = $1', [request.id])).map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
    for (const id of ids) {
      const moves = trail.filter((e) => e.id === id);
      for (let i = 1; i < moves.length; i++) expect(moves[i].from).toBe(moves[i - 1].to);
      expect(moves.at(-1)!.to).toBe(owners.get(id));
      const moved = moves.some((m) => m.from === users.rep3.id && (m.to === users.rep2.id || m.to === users.leaver.id));
      expect(items.get(id)).toBe(moved ? 'MOVED' : 'OWNER_CHANGED');
    }
    expect([...items.values()].filter((o) => o === 'MOVED').length).toBeGreaterThanOrEqual(95);
  });
});
