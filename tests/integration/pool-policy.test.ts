import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeProtectionEnd, type PoolPolicy } from '@berth/domain';
import { POOL_POLICY_FIELDS } from '../support/pool-policy';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;
const START = '2026-10-01T00:00:00Z';

const POLICY = `{ poolPolicy { ${POOL_POLICY_FIELDS} } }`;
const UPDATE = `mutation($input: PoolPolicyInput!) { updatePoolPolicy(input: $input) { version protectionEndsMoved policy { protectionDays { default } dailyClaimLimit } } }`;
const PREVIEW = `query($input: PoolPolicyInput!) { previewPoolPolicy(input: $input) {
  horizonDays total totalUnderCurrent reps { rep { name } count customers { customerId companyName recycleAt reason } } } }`;
const VERSIONS = `{ poolPolicyVersions { version changedAt changedBy { name } changes { field before after } policy { dailyClaimLimit } } }`;

/** Admins edit the pool policy: validated, versioned, previewed, and applied to stored protection ends. */
describe('pool policy editing', () => {
  let t: TestServer;
  let admin: { email: string };
  let rep: { email: string };
  let repId: number;
  let policy: Record<string, any>;
  let old: string;
  let fresh: string;
  // The clock moves by weeks: sign in afresh before each use so sessions never run out.
  const as = (user: { email: string }) => loginAs(t.graphqlUrl, user);
  const endOf = async (id: string) => (await t.dataSource.query('SELECT protected_until FROM customer_ownership WHERE customer_id = $1', [id]))[0].protected_until as Date;

  beforeAll(async () => {
    t = await startTestServer({ now: START });
    admin = await makeUser(t.dataSource, { role: 'ADMIN', name: 'Ada Admin' });
    const user = await makeUser(t.dataSource, { name: 'Rita Rep' });
    rep = user;
    repId = user.id;
    old = await createCustomerAs(t.graphqlUrl, await as(rep), { companyName: 'Twenty Days Old Ltd' });
    t.clock.advance(20 * DAY);
    fresh = await createCustomerAs(t.graphqlUrl, await as(rep), { companyName: 'Brand New Ltd' });
    policy = (await gql(t.graphqlUrl, POLICY, {}, { token: await as(rep) })).data.poolPolicy;
  });
  afterAll(() => t.stop());

  it('lets everyone read the rules in force: PRODUCT.md defaults until an admin saves', () => {
    expect(policy.protectionDays).toEqual({ default: 30, byTier: [] });
    expect(policy.noDealDays).toEqual({ default: 90, byTier: [{ tier: 'A', days: null }] });
    expect(policy).toMatchObject({ extensionDays: 30, dailyClaimLimit: 10, holdingCap: 200, reminderLeadDays: 3, combination: 'ANY' });
  });

  it('refuses a rep, and refuses values out of range naming each field, saving nothing', async () => {
    expect(errorCode(await gql(t.graphqlUrl, UPDATE, { input: policy }, { token: await as(rep) }))).toBe('FORBIDDEN');
    const bad = {
      ...policy,
      protectionDays: { default: 0, byTier: [{ tier: 'Z', days: 10 }] },
      extensionDays: -3,
      dailyClaimLimit: 10_001,
      holdingCap: 0,
      returnReasons: [],
    };
    const res = await gql(t.graphqlUrl, UPDATE, { input: bad }, { token: await as(admin) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(
      ['dailyClaimLimit', 'extensionDays', 'holdingCap', 'protectionDays.byTier.Z', 'protectionDays.default', 'returnReasons'].sort(),
    );
    const twice = { ...policy, noDealDays: { default: 90, byTier: [{ tier: 'A', days: null }, { tier: 'A', days: 5 }] } };
    const dup = await gql(t.graphqlUrl, UPDATE, { input: twice }, { token: await as(admin) });
    expect(dup.errors![0].extensions!.fields).toEqual([{ field: 'noDealDays.byTier.A', message: 'lists A twice', rule: 'LISTED_TWICE', params: { value: 'A' } }]);
    expect((await gql(t.graphqlUrl, VERSIONS, {}, { token: await as(admin) })).data.poolPolicyVersions).toEqual([]);
  });

  it('previews, per rep, what a shorter period would recycle in the next 7 days, without saving it', async () => {
    const shorter = { ...policy, protectionDays: { default: 10, byTier: [] } };
    const res = await gql(t.graphqlUrl, PREVIEW, { input: shorter }, { token: await as(admin) });
    expect(res.errors).toBeUndefined();
    const preview = res.data.previewPoolPolicy;
    expect(preview).toMatchObject({ horizonDays: 7, total: 1, totalUnderCurrent: 0 });
    expect(preview.reps).toHaveLength(1);
    expect(preview.reps[0].rep.name).toBe('Rita Rep');
    expect(preview.reps[0].customers).toEqual([
      // Overdue under the new rule: the sweep would take it at once.
      { customerId: old, companyName: 'Twenty Days Old Ltd', recycleAt: t.clock.now().toISOString(), reason: 'recycled: no valid follow-up for 10 days' },
    ]);
    expect((await gql(t.graphqlUrl, POLICY, {}, { token: await as(rep) })).data.poolPolicy.protectionDays.default).toBe(30);
    expect(errorCode(await gql(t.graphqlUrl, PREVIEW, { input: shorter }, { token: await as(rep) }))).toBe('FORBIDDEN');
  });

  it('saves a version, re-derives stored protection ends, and the next sweep follows the new rule', async () => {
    const res = await gql(t.graphqlUrl, UPDATE, { input: { ...policy, protectionDays: { default: 10, byTier: [] }, dailyClaimLimit: 5 } }, { token: await as(admin) });
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePoolPolicy).toEqual({ version: 1, protectionEndsMoved: 2, policy: { protectionDays: { default: 10 }, dailyClaimLimit: 5 } });
    expect((await endOf(old)).toISOString()).toBe(new Date(new Date(START).getTime() + 10 * DAY).toISOString());
    expect((await endOf(fresh)).toISOString()).toBe(new Date(new Date(START).getTime() + 30 * DAY).toISOString());

    const swept = await t.server.services.recycleSweep.sweep();
    expect(swept.recycled).toEqual([{ customerId: Number(old), previousOwnerId: repId }]);
    const quota = await gql(t.graphqlUrl, '{ claimQuota { dailyLimit } }', {}, { token: await as(rep) });
    expect(quota.data.claimQuota.dailyLimit).toBe(5);
  });

  it('lists versions newest first with who, when and what changed', async () => {
    await gql(t.graphqlUrl, UPDATE, { input: { ...policy, protectionDays: { default: 10, byTier: [{ tier: 'A', days: 60 }] }, dailyClaimLimit: 5 } }, { token: await as(admin) });
    const versions = (await gql(t.graphqlUrl, VERSIONS, {}, { token: await as(admin) })).data.poolPolicyVersions;
    expect(versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(versions[1]).toEqual({
      version: 1,
      changedAt: t.clock.now().toISOString(),
      changedBy: { name: 'Ada Admin' },
      changes: [
        { field: 'protectionDays.default', before: '30', after: '10' },
        { field: 'dailyClaimLimit', before: '10', after: '5' },
      ],
      policy: { dailyClaimLimit: 5 },
    });
    expect(versions[0].changes).toEqual([{ field: 'protectionDays.byTier.A', before: null, after: '60' }]);
    expect(errorCode(await gql(t.graphqlUrl, VERSIONS, {}, { token: await as(rep) }))).toBe('FORBIDDEN');
  });

  it('serialises two admins saving at once into consecutive versions', async () => {
    const token = await as(admin);
    const results = await Promise.all(
      [3, 4, 6, 7].map((limit) => gql(t.graphqlUrl, UPDATE, { input: { ...policy, dailyClaimLimit: limit } }, { token })),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(results.map((r) => r.data.updatePoolPolicy.version).sort()).toEqual([3, 4, 5, 6]);
  });

  it('leaves no protection end computed under a replaced policy when follow-ups race an edit', async () => {
    const token = await as(rep);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await createCustomerAs(t.graphqlUrl, token, { companyName: `Racing Tide ${i} Co`, acknowledgeDuplicates: true }));
    t.clock.advance(DAY);
    const adminToken = await as(admin);
    const results = await Promise.all([
      ...ids.map((id) =>
        gql(t.graphqlUrl, 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Talked through the renewal" }) { followUp { counted } } }', { id }, { token }),
      ),
      gql(t.graphqlUrl, UPDATE, { input: { ...policy, protectionDays: { default: 20, byTier: [] }, extensionDays: 45 } }, { token: adminToken }),
    ]);
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const final: PoolPolicy = await t.server.services.policies.current();
    for (const id of ids) {
      const [c] = await t.dataSource.query('SELECT o.owned_since, c.tier_code, c.status, o.protected_until FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE c.id = $1', [id]);
      const followUps = await t.dataSource.query('SELECT type, content, occurred_at AS at FROM follow_ups WHERE customer_id = $1', [id]);
      const expected = computeProtectionEnd({ ownedSince: c.owned_since, tier: c.tier_code, followUps, hasWonDeal: c.status === 'WON', policy: final });
      expect(c.protected_until.toISOString()).toBe(expected.toISOString());
    }
  });
});
