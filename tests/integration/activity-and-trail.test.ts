import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeDepartment, makeUser } from '../support/factories';

const ACTIVITY = `query($id: ID!) { customer(id: $id) {
  activity { action subject field before after actor { name } fromUser { name } toUser { name } }
  activitySummary { ownerChanges ownersSoFar followUps edits } } }`;
const OWNER_AT = `query($id: ID!, $at: DateTimeISO!) { ownerAt(customerId: $id, at: $at) { existed owner { name } since } }`;
const VERIFY = `query($id: ID) { verifyOwnershipTrail(customerId: $id) { intact events customers breaks { customerId eventId } } }`;

/**
 * The activity log (every change, field by field, with who and through which action, in the
 * change's own transaction), "who owned X on date D", and a tamper-evident ownership trail.
 */
describe('activity log and ownership trail', () => {
  let t: TestServer;
  const users: Record<string, { id: number; email: string; name: string }> = {};
  const tokens: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(t.graphqlUrl, query, variables, { token: tokens[who] });
  let customer: string;

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-11-02T09:00:00Z' });
    const north = await makeDepartment(t.dataSource, 'North');
    const made = {
      owner: await makeUser(t.dataSource, { department: north, name: 'Olga Owner' }),
      next: await makeUser(t.dataSource, { department: north, name: 'Nick Next' }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: north, name: 'Nora Manager' }),
      admin: await makeUser(t.dataSource, { role: 'ADMIN', name: 'Ada Admin' }),
    };
    for (const [who, user] of Object.entries(made)) {
      users[who] = user;
      tokens[who] = await loginAs(t.graphqlUrl, user);
    }
    customer = await createCustomerAs(t.graphqlUrl, tokens.owner, { companyName: 'Beacon Ropes', tags: ['harbour'] });
    t.clock.set(new Date('2026-11-03T09:00:00Z'));
    expect((await as('owner', 'mutation($id: ID!) { updateCustomer(id: $id, input: { companyName: "Beacon Ropes and Sails", tags: ["harbour", "sails"] }) { customer { id } } }', { id: customer })).errors).toBeUndefined();
    expect((await as('owner', 'mutation($id: ID!) { addContact(customerId: $id, input: { name: "Ida Imsen" }) { contact { id } } }', { id: customer })).errors).toBeUndefined();
    expect(
      (await as('owner', 'mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { followUp { id } } }', {
        input: { customerId: customer, type: 'CALL', content: 'Talked through the winter order', occurredAt: '2026-11-03T08:00:00Z' },
      })).errors,
    ).toBeUndefined();
    expect((await as('owner', 'mutation($input: AddCollaboratorInput!) { addCollaborator(input: $input) { id } }', { input: { customerId: customer, userId: String(users.next.id), access: 'READ' } })).errors).toBeUndefined();
    t.clock.set(new Date('2026-11-05T09:00:00Z'));
    expect((await as('manager', 'mutation($input: ReassignCustomersInput!) { reassignCustomers(input: $input) { ok } }', { input: { customerIds: [customer], toUserIds: [String(users.next.id)] } })).data.reassignCustomers[0].ok).toBe(true);
  });
  afterAll(() => t.stop());

  it('lists every change, newest first, with its field, values, person and action', async () => {
    const res = await as('manager', ACTIVITY, { id: customer });
    expect(res.errors).toBeUndefined();
    const lines = res.data.customer.activity.map((a: Record<string, unknown>) => ({ ...a, actor: (a.actor as { name: string } | null)?.name ?? null, fromUser: (a.fromUser as { name: string } | null)?.name ?? null, toUser: (a.toUser as { name: string } | null)?.name ?? null }));
    expect(lines).toEqual([
      { action: 'TRANSFER', subject: 'OWNER', field: 'owner', before: null, after: null, actor: 'Nora Manager', fromUser: 'Olga Owner', toUser: 'Nick Next' },
      { action: 'ADD', subject: 'COLLABORATOR', field: 'access', before: null, after: '"READ"', actor: 'Olga Owner', fromUser: null, toUser: null },
      { action: 'ADD', subject: 'FOLLOW_UP', field: null, before: null, after: JSON.stringify({ type: 'CALL', content: 'Talked through the winter order' }), actor: 'Olga Owner', fromUser: null, toUser: null },
      { action: 'ADD', subject: 'CONTACT', field: null, before: null, after: '"Ida Imsen"', actor: 'Olga Owner', fromUser: null, toUser: null },
      // One edit, two fields: newest first holds within the edit too.
      { action: 'EDIT', subject: 'CUSTOMER', field: 'tags', before: '["harbour"]', after: '["harbour","sails"]', actor: 'Olga Owner', fromUser: null, toUser: null },
      { action: 'EDIT', subject: 'CUSTOMER', field: 'companyName', before: '"Beacon Ropes"', after: '"Beacon Ropes and Sails"', actor: 'Olga Owner', fromUser: null, toUser: null },
      { action: 'CREATE', subject: 'CUSTOMER', field: null, before: null, after: '"Beacon Ropes"', actor: 'Olga Owner', fromUser: null, toUser: null },
      { action: 'CREATE', subject: 'OWNER', field: 'owner', before: null, after: null, actor: 'Olga Owner', fromUser: null, toUser: 'Olga Owner' },
    ]);
    expect(res.data.customer.activitySummary).toEqual({ ownerChanges: 1, ownersSoFar: 2, followUps: 1, edits: 2 });
  });

  it('answers who owned the customer at a moment', async () => {
    const at = async (iso: string) => (await as('manager', OWNER_AT, { id: customer, at: iso })).data.ownerAt;
    expect(await at('2026-11-01T00:00:00Z')).toEqual({ existed: false, owner: null, since: null });
    expect(await at('2026-11-04T12:00:00Z')).toEqual({ existed: true, owner: { name: 'Olga Owner' }, since: '2026-11-02T09:00:00.000Z' });
    expect(await at('2026-11-05T09:00:00Z')).toEqual({ existed: true, owner: { name: 'Nick Next' }, since: '2026-11-05T09:00:00.000Z' });
    // The old owner keeps nothing: the customer is not theirs to look up any more.
    expect(errorCode(await as('owner', OWNER_AT, { id: customer, at: '2026-11-04T12:00:00Z' }))).toBe('NOT_FOUND');
  });

  it('finds an ownership event edited behind the trail\'s back, in the API and on the command line', async () => {
    const intact = await as('admin', VERIFY, { id: null });
    expect(intact.data.verifyOwnershipTrail).toMatchObject({ intact: true, breaks: [] });
    expect(intact.data.verifyOwnershipTrail.events).toBeGreaterThanOrEqual(2);
    expect(errorCode(await as('manager', VERIFY, { id: null }))).toBe('FORBIDDEN');
    expect((await as('manager', VERIFY, { id: customer })).data.verifyOwnershipTrail.intact).toBe(true);
    const clean = await verifyCommand(t.databaseUrl);
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toContain('The trail is intact.');

    // Someone with database access rewrites history: the trail says the first owner was someone else.
    const [first] = await t.dataSource.query(`SELECT id::text AS id FROM ownership_events WHERE customer_id = $1 ORDER BY id LIMIT 1`, [customer]);
    await t.dataSource.query('ALTER TABLE ownership_events DISABLE TRIGGER trg_ownership_events_append_only');
    await t.dataSource.query('UPDATE ownership_events SET to_user_id = $2 WHERE id = $1', [first.id, users.manager.id]);
    await t.dataSource.query('ALTER TABLE ownership_events ENABLE TRIGGER trg_ownership_events_append_only');

    const broken = (await as('manager', VERIFY, { id: customer })).data.verifyOwnershipTrail;
    expect(broken).toMatchObject({ intact: false, breaks: [{ customerId: customer, eventId: first.id }] });
    const cli = await verifyCommand(t.databaseUrl);
    expect(cli.code, cli.output).toBe(1);
    expect(cli.output).toContain(`BROKEN at event ${first.id} of customer ${customer}`);
  });
});

/** Runs `pnpm trail:verify`'s script against the test database. */
function verifyCommand(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const server = path.resolve(__dirname, '../../server');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/db/verify-trail-command.ts'], {
      cwd: server,
      env: { ...process.env, DATABASE_URL: databaseUrl, BERTH_SEED_DEMO: 'false', BERTH_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
