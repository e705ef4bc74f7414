import type { DataSource, EntityManager } from 'typeorm';
import { BerthError, DEFAULT_POOL_POLICY, validatePoolPolicy, type PoolPolicy, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { SettingsRepository } from '../settings/settings.repository';
import type { OrgRepository } from '../org/org.repository';
import type { RecycleRepository } from '../pool/recycle.repository';
import type { CustomerNews } from '../customers/customer-news';
import type { PoolPolicyVersionRepository } from './pool-policy.repository';
import { previewPolicy, type PolicyPreview } from './policy-preview';
import { recomputeProtectionEnds } from './protection-ends';

export const POOL_POLICY_SETTING = 'pool-policy';
const EDIT_LOCK = 'berth:pool-policy';

/**
 * The protection and pool rules in force: the stored policy, else PRODUCT.md's defaults in the
 * team's time zone. Admins edit it; every edit is a version and re-derives stored protection ends.
 *
 * Writers of protection ends (create, follow-up, claim, assign) read the policy with
 * `inForce(manager)`, which takes a shared lock an edit takes exclusively: no end is ever written
 * under a policy that an edit is replacing at that moment.
 */
export class PoolPolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsRepository,
    private readonly versions: PoolPolicyVersionRepository,
    private readonly org: OrgRepository,
    private readonly recycling: RecycleRepository,
    private readonly news: CustomerNews,
    private readonly clock: Clock,
    private readonly teamTimeZone: string,
  ) {}

  /** Pass the transaction's manager when inside one: a second pooled connection could deadlock under load. */
  async current(manager?: EntityManager): Promise<PoolPolicy> {
    return (await this.settings.get<PoolPolicy>(POOL_POLICY_SETTING, manager)) ?? { ...DEFAULT_POOL_POLICY, teamTimeZone: this.teamTimeZone };
  }

  /** The policy for a transaction that writes protection ends; holds edits off until it commits. */
  async inForce(manager: EntityManager): Promise<PoolPolicy> {
    await manager.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [EDIT_LOCK]);
    return this.current(manager);
  }

  async update(viewer: Viewer, edited: PoolPolicy): Promise<{ policy: PoolPolicy; version: number; protectionEndsMoved: number }> {
    await this.assertValid(viewer, edited);
    const saved = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [EDIT_LOCK]);
      const now = this.clock.now();
      const before = await this.current(manager);
      await this.settings.put(manager, POOL_POLICY_SETTING, edited, viewer.userId, now);
      const { version } = await this.versions.append(manager, { changedById: viewer.userId, changedAt: now, before, after: edited });
      const protectionEndsMoved = await recomputeProtectionEnds(manager, this.recycling, edited);
      return { policy: edited, version, protectionEndsMoved };
    });
    // Limits and protection ends may have moved for everyone.
    this.news.toEveryone('QUOTA_CHANGED');
    return saved;
  }

  /** What the edit would recycle in the next days, before it is saved. */
  async preview(viewer: Viewer, edited: PoolPolicy): Promise<PolicyPreview> {
    await this.assertValid(viewer, edited);
    const current = await this.current();
    return previewPolicy(this.dataSource.manager, this.recycling, edited, current, this.clock.now());
  }

  async history(viewer: Viewer, first: number) {
    if (viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN');
    return this.versions.latest(this.dataSource.manager, first);
  }

  private async assertValid(viewer: Viewer, policy: PoolPolicy): Promise<void> {
    if (viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN');
    const tierCodes = (await this.org.allTiers()).map((t) => t.code);
    const problems = validatePoolPolicy(policy, { tierCodes });
    if (problems.length) throw BerthError.badInput(problems);
  }
}
