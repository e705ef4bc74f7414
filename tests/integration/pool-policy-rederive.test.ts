import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeProtectionEnd, type PoolPolicy } from '@berth/domain';
import { RecycleRepository } from '../../server/src/modules/pool/recycle.repository';
import { POOL_POLICY_FIELDS } from '../support/pool-policy';
import { startTestServer, type TestServer } from '../support/test-server';
import { gql } from '../support/graphql-client';
import { createCustomerAs, loginAs, makeUser } from '../support/factories';

const DAY = 86_400_000;
const UPDATE = `mutation($input: PoolPolicyInput!) { updatePoolPolicy(input: $input) { version protectionEndsMoved } }`;
const LOG = 'mutation($id: ID!) { logFollowUp(input: { customerId: $id, type: CALL, content: "Went through the quote line by line" }) { followUp { counted } } }';

type OwnedPage = RecycleRepository['ownedPage'];

/**
 * A policy save re-derives every stored protection end a page per transaction: claims and
 * follow-ups are not held up for the whole team's, and a re-derivation cut short is finished by
 * the scheduler.
 */
describe('re-deriving protection ends after a policy save', () => {
  let t: TestServer;
  let admin: { email: string };
  let rep: { email: string };
  let policy: Record<string, any>;
  const ids: string[] = [];
  const as = (user: { email: string }) => loginAs(t.graphqlUrl, user);
  const original: OwnedPage = RecycleRepository.prototype.ownedPage;

  /** Runs `during` while the re-derivation's locking page reads are held at `hook`. */
  const withPageHook = async (hook: () => Promise<void>, during: () => Promise<void>) => {
    RecycleRepository.prototype.ownedPage = async function (this: RecycleRepository, ...args: Parameters<OwnedPage>) {
      if (args[3]?.lock) await hook();
      return original.apply(this, args);
    };
    try {
      await during();
    } finally {
      RecycleRepository.prototype.ownedPage = original;
    }
  };

  /** Every stored end is the rule's answer under the policy in force now. */
  const expectEndsFollowPolicy = async () => {
    const final: PoolPolicy = await t.server.services.policies.current();
    for (const id of ids) {
      const [c] = await t.dataSource.query(
        'SELECT o.owned_since, c.tier_code, c.status, o.protected_until FROM customers c JOIN customer_ownership o ON o.customer_id = c.id WHERE c.id = $1',
        [id],
      );
      const followUps = await t.dataSource.query('SELECT type, content, occurred_at AS at FROM follow_ups WHERE customer_id = $1', [id]);
      const expected = computeProtectionEnd({ ownedSince: c.owned_since, tier: c.tier_code, followUps, hasWonDeal: c.status === 'WON', policy: final });
      expect(c.protected_until.toISOString()).toBe(expected.toISOString());
    }
  };

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-10-01T00:00:00Z' });
    admin = await makeUser(t.dataSource, { role: 'ADMIN' });
    rep = await makeUser(t.dataSource, { name: 'Paula Pages' });
    const token = await as(rep);
    for (const name of ['Quay', 'Slip', 'Wharf']) ids.push(await createCustomerAs(t.graphqlUrl, token, { companyName: `${name} Chandlery Ltd` }));
    policy = (await gql(t.graphqlUrl, `{ poolPolicy { ${POOL_POLICY_FIELDS} } }`, {}, { token })).data.poolPolicy;
    t.clock.advance(DAY);
  });
  afterAll(() => t.stop());

  it('lets a follow-up through while a save is still re-deriving ends', async () => {
    let reached!: () => void;
    const atFirstPage = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await withPageHook(
      async () => {
        reached();
        await gate;
      },
      async () => {
        const save = gql(t.graphqlUrl, UPDATE, { input: { ...policy, extensionDays: 40 } }, { token: await as(admin) });
        await atFirstPage; // the new version is saved; its ends are being re-derived
        // Had the save kept its edit lock until every end was re-derived, this would wait for it.
        const logged = await gql(t.graphqlUrl, LOG, { id: ids[0] }, { token: await as(rep) });
        expect(logged.errors).toBeUndefined();
        // The scheduler's catch-up leaves a running re-derivation alone instead of doubling it.
        expect(await t.server.services.policies.catchUpProtectionEnds()).toBeNull();
        release();
        expect((await save).errors).toBeUndefined();
      },
    );
    await expectEndsFollowPolicy();
  });

  it('finishes a re-derivation a save could not, before the next sweep', async () => {
    const failing = withPageHook(
      async () => {
        throw new Error('connection lost');
      },
      async () => {
        const res = await gql(t.graphqlUrl, UPDATE, { input: { ...policy, protectionDays: { default: 12, byTier: [] } } }, { token: await as(admin) });
        expect(res.errors).toBeDefined();
      },
    );
    await failing;
    // The version is saved, but the stored ends still follow the one before.
    expect((await t.server.services.policies.current()).protectionDays.default).toBe(12);
    await expect(expectEndsFollowPolicy()).rejects.toThrow();

    expect(await t.server.services.policies.catchUpProtectionEnds()).toBe(ids.length);
    await expectEndsFollowPolicy();
    expect(await t.server.services.policies.catchUpProtectionEnds()).toBeNull();
  });
});
