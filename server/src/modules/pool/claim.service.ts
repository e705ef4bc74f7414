import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  claimDay,
  computeProtectionEnd,
  countedHoldings,
  decideClaim,
  inPoolOrScope,
  refusalForCustomer,
  refusalForOwnership,
  type ClaimRefusal,
  type ClaimRefusalCode,
  type CustomerOwnership,
  type ErrorCode,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { EventBatch, UnitOfWork } from '../ownership/unit-of-work';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { ClaimRepository } from './claim.repository';


function refused(customerId: number, refusal: ClaimRefusal): ClaimOutcome {
  return { customerId, ok: false, code: refusal.code, message: refusal.message, retryAt: refusal.retryAt };
}

/** A cooldown that keeps the viewer from claiming a pool customer until `until`. */
export interface ClaimHold {
  code: ClaimRefusalCode;
  until: Date;
}

export interface ClaimOutcome {
  customerId: number;
  ok: boolean;
  code: ErrorCode | null;
  message: string | null;
  /** When time alone would let the same claim through (a cooldown, the daily limit). */
  retryAt: Date | null;
}

/**
 * Claims pool customers, one transaction per customer so a batch reports per item. An attempt at
 * a customer someone already owns (or that the rep may not see) is refused from an unlocked read
 * without a transaction; the others lock in a fixed order — the customer row, then the claimant's
 * daily counter row — so two reps can never both own a customer and one rep's concurrent claims
 * are counted one by one.
 */
export class ClaimService {
  /**
   * The unlocked ownership reads of claims that arrive in the same event-loop turn, from any
   * request, go out as one statement: in a 9 am rush dozens of reps click at once. Never cached.
   */
  private readonly currentOwnership = new DataLoader<number, CustomerOwnership | null>(
    async (ids) => {
      const found = await this.claims.readOwnerships(this.dataSource.manager, ids);
      return ids.map((id) => found.get(id) ?? null);
    },
    { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch) },
  );

  /** Customers whose claim is deciding in a transaction in this process, by id. */
  private readonly deciding = new Map<number, Promise<ClaimOutcome>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly claims: ClaimRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly ledger: OwnershipLedger,
  ) {}

  /**
   * Per pool customer, what holds the viewer back until a time whatever their quotas say (their
   * cooldown as its previous owner, or the wait after it entered the pool), as the claim would
   * decide it now; null when only the quotas decide. The pool page disables Claim with the date.
   */
  async holds(viewer: Viewer, customerIds: readonly number[]): Promise<(ClaimHold | null)[]> {
    const [policy, times] = await Promise.all([this.policies.current(), this.claims.poolTimes(this.dataSource.manager, customerIds, viewer.userId)]);
    const now = this.clock.now();
    return customerIds.map((id) => {
      const t = times.get(id);
      const refusal = refusalForCustomer({
        claimant: { userId: viewer.userId },
        customer: { ownerId: null },
        now,
        policy,
        lastLostAt: t?.lastLostAt ?? null,
        enteredPoolAt: t?.enteredPoolAt ?? null,
        visible: true,
      });
      return refusal?.retryAt ? { code: refusal.code, until: refusal.retryAt } : null;
    });
  }

  async claim(viewer: Viewer, customerIds: number[]): Promise<ClaimOutcome[]> {
    const outcomes: ClaimOutcome[] = [];
    // The batch's claims are announced together once it is done.
    const batch = this.uow.batch();
    try {
      for (const customerId of [...new Set(customerIds)]) outcomes.push(await this.claimOne(viewer, customerId, batch));
    } finally {
      await batch.publish();
    }
    return outcomes;
  }

  private async claimOne(viewer: Viewer, customerId: number, batch: EventBatch): Promise<ClaimOutcome> {
    for (;;) {
      // In a rush most attempts are at customers someone already took. That refusal is true of the
      // moment an unlocked read saw, so it needs no transaction; only a claim that may succeed locks.
      const seen = await this.currentOwnership.load(customerId);
      const settled = refusalForOwnership({ claimant: { userId: viewer.userId }, customer: { ownerId: seen?.ownerId ?? null }, visible: inPoolOrScope(viewer, seen) });
      if (settled) return refused(customerId, settled);
      // Another claim of this customer is deciding in this process: it would hold the row lock we
      // would wait for, and it usually succeeds. Wait for it and read again instead of opening a
      // transaction that is most likely refused. (Across instances the row lock still decides.)
      const running = this.deciding.get(customerId);
      if (running) {
        await running.catch(() => undefined);
        continue;
      }
      const decided = this.decideLocked(viewer, customerId, batch);
      this.deciding.set(customerId, decided);
      try {
        return await decided;
      } finally {
        this.deciding.delete(customerId);
      }
    }
  }

  private decideLocked(viewer: Viewer, customerId: number, batch: EventBatch): Promise<ClaimOutcome> {
    return this.uow.run(async (tx) => {
      const { manager } = tx;
      const policy = await this.policies.inForce(manager);
      const now = this.clock.now();
      const facts = await this.claims.lockCustomer(manager, customerId, viewer.userId);
      const about = {
        claimant: { userId: viewer.userId },
        customer: { ownerId: facts?.ownerId ?? null },
        now,
        policy,
        lastLostAt: facts?.lastLostAt ?? null,
        enteredPoolAt: facts?.enteredPoolAt ?? null,
        // Another team's customer is refused exactly like a missing id, not as "already owned".
        visible: inPoolOrScope(viewer, facts),
      };
      // Most refusals in a rush (taken, hidden, cooling down) need no quota: settle them before
      // taking the rep's counter lock, which serialises that rep's other claims.
      const early = refusalForCustomer(about);
      if (early) return refused(customerId, early);
      const day = claimDay(now, policy.teamTimeZone);
      const decision = decideClaim({ ...about, ...(await this.claims.lockQuota(manager, viewer.userId, day)) });
      if (!decision.ok) return refused(customerId, decision);
      const protectedUntil = computeProtectionEnd({ ownedSince: now, tier: facts!.tierCode, followUps: [], hasWonDeal: false, policy });
      const [taken] = await this.ledger.apply(
        tx,
        now,
        [{ customerId, kind: 'CLAIMED', from: null, to: viewer.userId, actorId: viewer.userId, protectedUntil }],
        { claimDay: day },
      );
      return taken
        ? { customerId, ok: true, code: null, message: null, retryAt: null }
        : { customerId, ok: false, code: 'ALREADY_OWNED', message: 'Someone already owns this customer.', retryAt: null };
    }, batch);
  }

  async quota(viewer: Viewer) {
    const policy = await this.policies.current();
    const now = this.clock.now();
    const day = claimDay(now, policy.teamTimeZone);
    const q = await this.claims.readQuota(this.dataSource.manager, viewer.userId, day);
    return { day, claimedToday: q.claimsToday, dailyLimit: policy.dailyClaimLimit, holdings: countedHoldings(q, policy), holdingCap: policy.holdingCap };
  }
}
