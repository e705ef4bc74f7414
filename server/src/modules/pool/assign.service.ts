import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BerthError,
  claimDay,
  computeProtectionEnd,
  spreadAssignments,
  type AssignmentStrategy,
  ERROR_CODES,
  type ErrorCode,
  type FieldProblem,
  isInOwnTeam,
  type PoolPolicy,
  type Viewer,
  fieldProblem,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { CustomerNews } from '../customers/customer-news';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { AssignRepository } from './assign.repository';
import { inPoolOrScope } from './pool-or-scope';
import type { ClaimRepository } from './claim.repository';

export const ASSIGN_LIMITS = { customers: 500, reps: 50 } as const;

export interface AssignOutcome {
  customerId: number;
  ok: boolean;
  code: ErrorCode | null;
  message: string | null;
  assigneeId: number | null;
  /** Null when the viewer may not see the customer. */
  companyName: string | null;
}

/**
 * A manager gives customers (from the pool, or from one rep to another) to one rep or spreads
 * them over several. Bad requests (a disabled or unknown rep, someone outside the manager's
 * team) are refused whole; each customer then gets its own result, in its own transaction,
 * under the same locks as a claim — the customer row, then the receiving rep's counter row —
 * so assignments and claims together never push a rep past the holding cap.
 */
export class AssignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assigning: AssignRepository,
    private readonly claims: ClaimRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly news: CustomerNews,
    private readonly notifications: NotificationRepository,
  ) {}

  async assign(viewer: Viewer, customerIds: number[], toUserIds: number[], strategy: AssignmentStrategy): Promise<AssignOutcome[]> {
    if (viewer.role === 'REP') throw new BerthError('FORBIDDEN', 'Only managers and admins assign customers.');
    await this.assertAssignable(viewer, customerIds, toUserIds);
    const policy = await this.policies.current();
    const held = await this.assigning.holdings(this.dataSource.manager, toUserIds, policy.holdingCapCountsWon);
    const plan = spreadAssignments(
      customerIds,
      toUserIds.map((userId) => ({ userId, holdings: held.get(userId) ?? 0, cap: policy.holdingCap })),
      strategy,
    );
    const outcomes: AssignOutcome[] = [];
    const moves: { customerId: number; from: number | null; to: number }[] = [];
    // One notice per person for the whole assignment, however many customers it moves.
    const batchId = randomUUID();
    for (const step of plan) {
      if (!step.ok) {
        outcomes.push({ customerId: step.customerId, ok: false, code: step.code, message: step.message, assigneeId: null, companyName: null });
        continue;
      }
      const done = await this.assignOne(viewer, step.customerId, step.userId, batchId);
      outcomes.push(done.outcome);
      if (done.outcome.ok) moves.push({ customerId: step.customerId, from: done.from, to: step.userId });
    }
    await this.announce(moves);
    return outcomes;
  }

  private assignOne(viewer: Viewer, customerId: number, toUserId: number, batchId: string) {
    return this.dataSource.transaction(async (manager) => {
      const policy = await this.policies.inForce(manager);
      const now = this.clock.now();
      const facts = await this.assigning.lockCustomer(manager, customerId);
      // Managers take from the pool or from their own team; anything else is as if it did not exist.
      const visible = inPoolOrScope(viewer, facts);
      const companyName = visible ? facts.companyName : null;
      const refuse = (code: ErrorCode, message: string) => ({ from: null, outcome: { customerId, ok: false, code, message, assigneeId: null, companyName } });
      if (!visible) return refuse('NOT_VISIBLE', ERROR_CODES.NOT_VISIBLE.defaultMessage);
      if (facts.ownerId === toUserId) return refuse('ALREADY_OWNED', 'This rep already owns the customer.');
      const quota = await this.claims.lockQuota(manager, toUserId, claimDay(now, policy.teamTimeZone));
      if (heldForCap(quota, policy) >= policy.holdingCap) return refuse('HOLDING_CAP_REACHED', `The rep already holds ${policy.holdingCap} customers, the cap.`);
      const protectedUntil = computeProtectionEnd({ ownedSince: now, tier: facts.tierCode, followUps: [], hasWonDeal: false, policy });
      const given = await this.assigning.give(manager, { customerId, fromOwnerId: facts.ownerId, toUserId, actorId: viewer.userId, now, protectedUntil });
      if (!given) return refuse('ALREADY_OWNED', 'Someone else took the customer first.');
      await this.tellOwners(manager, { batchId, actorId: viewer.userId, customerId, from: facts.ownerId, to: toUserId, at: now });
      return { from: facts.ownerId, outcome: { customerId, ok: true, code: null, message: null, assigneeId: toUserId, companyName } };
    });
  }

  /** The receiving rep hears they got it; a rep who lost it to someone else hears that. Nobody is told of their own move. */
  private async tellOwners(manager: EntityManager, move: { batchId: string; actorId: number; customerId: number; from: number | null; to: number; at: Date }) {
    const { batchId, actorId, customerId, from, to, at } = move;
    if (to !== actorId) await this.notifications.recordMove(manager, { userId: to, kind: 'ASSIGNED', batchId, actorId, customerId, receiverId: null, at });
    if (from !== null && from !== actorId) {
      await this.notifications.recordMove(manager, { userId: from, kind: 'REASSIGNED', batchId, actorId, customerId, receiverId: to, at });
    }
  }

  /** After commit: the pool lost what came from it; the reps who got or lost customers, and their managers, hear it. */
  private async announce(moves: { customerId: number; from: number | null; to: number }[]): Promise<void> {
    if (!moves.length) return;
    this.news.poolChanged('ASSIGNED', moves.filter((m) => m.from === null).map((m) => m.customerId));
    const people = moves.flatMap((m) => (m.from === null ? [m.to] : [m.to, m.from]));
    await this.news.aboutOwners('ASSIGNED', moves.map((m) => m.customerId), people);
  }

  private async assertAssignable(viewer: Viewer, customerIds: number[], toUserIds: number[]): Promise<void> {
    const problems: FieldProblem[] = [];
    if (customerIds.length === 0) problems.push(fieldProblem('customerIds', 'AT_LEAST_ONE'));
    if (customerIds.length > ASSIGN_LIMITS.customers) problems.push(fieldProblem('customerIds', 'TOO_MANY', { max: ASSIGN_LIMITS.customers }));
    if (toUserIds.length === 0 || toUserIds.length > ASSIGN_LIMITS.reps) problems.push(fieldProblem('toUserIds', 'COUNT_RANGE', { min: 1, max: ASSIGN_LIMITS.reps }));
    const found = new Map((await this.assigning.assignees(this.dataSource.manager, toUserIds)).map((a) => [a.id, a]));
    for (const id of toUserIds) {
      const rep = found.get(id);
      // Someone outside the team is refused word for word like an id nobody has: the answer
      // names nobody and does not tell whether the id exists. The team check comes first, so
      // an outsider's name or disabled account never shows either.
      if (!rep || !isInOwnTeam(viewer, { userId: rep.id, departmentPath: rep.departmentPath })) {
        problems.push(fieldProblem('toUserIds', 'NOT_IN_YOUR_TEAM', { id: String(id) }));
      } else if (rep.disabled) problems.push(fieldProblem('toUserIds', 'REP_DISABLED', { name: rep.name }));
    }
    if (problems.length) throw BerthError.badInput(problems);
  }
}

function heldForCap(quota: { holdings: number; wonHoldings: number }, policy: PoolPolicy): number {
  return policy.holdingCapCountsWon ? quota.holdings : quota.holdings - quota.wonHoldings;
}
