import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  BerthError,
  claimDay,
  computeProtectionEnd,
  decideAssignment,
  fieldProblem,
  inPoolOrScope,
  moveNotices,
  receiverProblem,
  spreadAssignments,
  type AssignmentStrategy,
  type ErrorCode,
  type FieldProblem,
  type Receiver,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { NotificationRepository } from '../notifications/notification.repository';
import { inChunks } from '../ownership/chunked-moves';
import type { OwnerMove } from '../ownership/owner-move';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { OwnershipRepository } from '../ownership/ownership.repository';
import type { Tx, UnitOfWork } from '../ownership/unit-of-work';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { AssignRepository } from './assign.repository';
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
 * team) are refused whole; each customer then gets its own result. The moves go a chunk at a
 * time, each chunk one transaction that locks its customers' ownership rows, then the receiving
 * reps' counter rows (the claim's order), so assignments and claims together never push a rep
 * past the holding cap; the ledger writes them and the receiving and losing reps' notices.
 */
export class AssignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assigning: AssignRepository,
    private readonly ownership: OwnershipRepository,
    private readonly claims: ClaimRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly ledger: OwnershipLedger,
    private readonly notifications: NotificationRepository,
  ) {}

  async assign(viewer: Viewer, customerIds: number[], toUserIds: number[], strategy: AssignmentStrategy): Promise<AssignOutcome[]> {
    if (viewer.role === 'REP') throw new BerthError('FORBIDDEN', 'Only managers and admins assign customers.');
    const receivers = await this.assertAssignable(viewer, customerIds, toUserIds);
    const policy = await this.policies.current();
    const held = await this.assigning.holdings(this.dataSource.manager, toUserIds, policy.holdingCapCountsWon);
    const plan = spreadAssignments(
      customerIds,
      toUserIds.map((userId) => ({ userId, holdings: held.get(userId) ?? 0, cap: policy.holdingCap })),
      strategy,
    );
    // One notice per person for the whole assignment, however many customers and chunks it takes.
    const batchId = randomUUID();
    const planned = plan.flatMap((step) => (step.ok ? [step] : []));
    const given = new Map((await inChunks(this.uow, planned, (tx, chunk) => this.giveChunk(tx, viewer, chunk, receivers, batchId))).map((o) => [o.customerId, o]));
    return plan.map((step) => (step.ok ? given.get(step.customerId)! : refusal(step.customerId, step.code, step.message, null)));
  }

  private async giveChunk(tx: Tx, viewer: Viewer, steps: { customerId: number; userId: number }[], people: Map<number, Receiver>, batchId: string): Promise<AssignOutcome[]> {
    const policy = await this.policies.inForce(tx.manager);
    const now = this.clock.now();
    const facts = await this.ownership.lockForMove(tx.manager, steps.map((s) => s.customerId));
    const day = claimDay(now, policy.teamTimeZone);
    const receivers = await this.claims.lockQuotas(tx.manager, steps.map((s) => s.userId), day);
    const moves: OwnerMove[] = [];
    const outcomes: AssignOutcome[] = [];
    for (const { customerId, userId } of steps) {
      const customer = facts.get(customerId) ?? null;
      const receiver = receivers.get(userId)!;
      // Managers take from the pool or from their own team; anything else is as if it did not exist.
      const companyName = inPoolOrScope(viewer, customer) ? customer.companyName : null;
      const decision = decideAssignment({ actor: viewer, customer, receiver: { userId, departmentPath: people.get(userId)!.departmentPath, ...receiver }, policy });
      if (!decision.ok) {
        outcomes.push(refusal(customerId, decision.code, decision.message, companyName));
        continue;
      }
      // From the pool it starts again at New; between reps it keeps its status (and a WON one still counts as WON).
      const won = decision.kind === 'TRANSFERRED' && customer!.status === 'WON';
      receiver.holdings += 1;
      if (won) receiver.wonHoldings += 1;
      const protectedUntil = computeProtectionEnd({ ownedSince: now, tier: customer!.tierCode, followUps: [], hasWonDeal: won, policy });
      moves.push({ customerId, kind: decision.kind, from: customer!.ownerId, to: userId, actorId: viewer.userId, protectedUntil });
      outcomes.push({ customerId, ok: true, code: null, message: null, assigneeId: userId, companyName });
    }
    const applied = await this.ledger.apply(tx, now, moves);
    await this.notifications.recordMoves(tx.manager, { batchId, actorId: viewer.userId, at: now }, moveNotices(viewer.userId, applied));
    // The rows are locked, so every decided move applies; were one not, it says so rather than claim success.
    const done = new Set(applied.map((m) => m.customerId));
    return outcomes.map((o) => (o.ok && !done.has(o.customerId) ? refusal(o.customerId, 'ALREADY_OWNED', 'Someone else took the customer first.', o.companyName) : o));
  }

  /** The request as a whole: counts in range, every receiver in the viewer's team and enabled. Returns the receivers. */
  private async assertAssignable(viewer: Viewer, customerIds: number[], toUserIds: number[]): Promise<Map<number, Receiver>> {
    const problems: FieldProblem[] = [];
    if (customerIds.length === 0) problems.push(fieldProblem('customerIds', 'AT_LEAST_ONE'));
    if (customerIds.length > ASSIGN_LIMITS.customers) problems.push(fieldProblem('customerIds', 'TOO_MANY', { max: ASSIGN_LIMITS.customers }));
    if (toUserIds.length === 0 || toUserIds.length > ASSIGN_LIMITS.reps) problems.push(fieldProblem('toUserIds', 'COUNT_RANGE', { min: 1, max: ASSIGN_LIMITS.reps }));
    const found = new Map((await this.assigning.assignees(this.dataSource.manager, toUserIds)).map((a) => [a.userId, a]));
    for (const id of toUserIds) {
      const problem = receiverProblem(viewer, id, found.get(id));
      if (problem) problems.push(problem);
    }
    if (problems.length) throw BerthError.badInput(problems);
    return found;
  }
}

function refusal(customerId: number, code: ErrorCode, message: string, companyName: string | null): AssignOutcome {
  return { customerId, ok: false, code, message, assigneeId: null, companyName };
}
