import type { DataSource, EntityManager } from 'typeorm';
import { BerthError, DEFAULT_POOL_POLICY, validatePoolPolicy, type PoolPolicy, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import type { SettingsRepository } from '../settings/settings.repository';
import type { OrgRepository } from '../org/org.repository';
import type { RecycleRepository } from '../pool/recycle.repository';
import type { CustomerNews } from '../customers/customer-news';
import type { PoolPolicyVersionRepository } from './pool-policy.repository';
import { previewPolicy, type PolicyPreview } from './policy-preview';
import { rederivePage } from './protection-ends';

export const POOL_POLICY_SETTING = 'pool-policy';
/** The newest policy version whose protection ends have all been re-derived. */
export const ENDS_DERIVED_SETTING = 'pool-policy-ends-derived';
const EDIT_LOCK = 'berth:pool-policy';
/** Held (shared) by every re-derivation while it runs; a catch-up needs it alone. */
const REDERIVE_LOCK = 'berth:pool-policy-rederive';

/**
 * The protection and pool rules in force: the stored policy, else PRODUCT.md's defaults in the
 * team's time zone. Admins edit it; every edit is a version and re-derives stored protection ends.
 *
 * Writers of protection ends (create, follow-up, claim, assign, and the re-derivation itself)
 * read the policy with `inForce(manager)`, which takes a shared lock an edit takes exclusively
 * while it saves: no end is ever written under a policy that an edit is replacing at that moment.
 * The re-derivation after a save runs a page per transaction, so claims and follow-ups wait for
 * one page's row locks at most, never for the whole team's.
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
    return this.orDefault(await this.settings.get<PoolPolicy>(POOL_POLICY_SETTING, manager));
  }

  /** The policy for a transaction that writes protection ends; holds edits off until it commits. */
  async inForce(manager: EntityManager): Promise<PoolPolicy> {
    return this.orDefault(await this.settings.getUnderSharedLock<PoolPolicy>(manager, EDIT_LOCK, POOL_POLICY_SETTING));
  }

  /** A policy saved before a setting existed reads that setting's default. */
  private orDefault(stored: PoolPolicy | null): PoolPolicy {
    return stored ? { ...DEFAULT_POOL_POLICY, ...stored } : { ...DEFAULT_POOL_POLICY, teamTimeZone: this.teamTimeZone };
  }

  async update(viewer: Viewer, edited: PoolPolicy): Promise<{ policy: PoolPolicy; version: number; protectionEndsMoved: number }> {
    await this.assertValid(viewer, edited);
    const version = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [EDIT_LOCK]);
      const now = this.clock.now();
      const before = await this.current(manager);
      await this.settings.put(manager, POOL_POLICY_SETTING, edited, viewer.userId, now);
      const saved = await this.versions.append(manager, { changedById: viewer.userId, changedAt: now, before, after: edited });
      // Until the ends are re-derived, the record says they follow the version before this one.
      if ((await this.settings.get<number>(ENDS_DERIVED_SETTING, manager)) === null) {
        await this.settings.put(manager, ENDS_DERIVED_SETTING, saved.version - 1, null, now);
      }
      return saved.version;
    });
    const protectionEndsMoved = (await this.whileRederiving('shared', () => this.rederiveEnds(version)))!;
    // Limits and protection ends may have moved for everyone.
    this.news.toEveryone('QUOTA_CHANGED');
    return { policy: edited, version, protectionEndsMoved };
  }

  /**
   * Finishes a re-derivation a save could not (the process stopped half-way): the scheduler asks
   * before each sweep. Null when every end already follows the newest version.
   */
  async catchUpProtectionEnds(): Promise<number | null> {
    const [newest] = await this.versions.latest(this.dataSource.manager, 1);
    if (!newest) return null;
    // Saves made before this record existed re-derived in their own transaction: all done.
    const derived = (await this.settings.get<number>(ENDS_DERIVED_SETTING)) ?? newest.version;
    if (derived >= newest.version) return null;
    // Not while a save is still re-deriving (it records its version when done), nor twice at once.
    return this.whileRederiving('alone', () => this.rederiveEnds(newest.version));
  }

  /** Runs `fn` holding the re-derivation lock on a connection of its own; null if `alone` could not have it. */
  private async whileRederiving(mode: 'shared' | 'alone', fn: () => Promise<number>): Promise<number | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      if (mode === 'shared') await runner.query('SELECT pg_advisory_lock_shared(hashtext($1))', [REDERIVE_LOCK]);
      else if (!(await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [REDERIVE_LOCK]))[0].ok) return null;
      try {
        return await fn();
      } finally {
        await runner.query(`SELECT ${mode === 'shared' ? 'pg_advisory_unlock_shared' : 'pg_advisory_unlock'}(hashtext($1))`, [REDERIVE_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * Every owned customer's stored end, a page per transaction, each under the policy in force
   * when it runs (a newer save in between is followed from that page on, and re-derives all
   * pages itself). Then records `version` as derived.
   */
  private async rederiveEnds(version: number): Promise<number> {
    let moved = 0;
    for (let afterId = 0; ; ) {
      const page = await this.dataSource.transaction(async (manager) => rederivePage(manager, this.recycling, await this.inForce(manager), afterId));
      if (!page) break;
      moved += page.moved;
      afterId = page.lastId;
    }
    await this.dataSource.transaction(async (manager) => {
      const derived = (await this.settings.get<number>(ENDS_DERIVED_SETTING, manager)) ?? 0;
      if (version > derived) await this.settings.put(manager, ENDS_DERIVED_SETTING, version, null, this.clock.now());
    });
    return moved;
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
