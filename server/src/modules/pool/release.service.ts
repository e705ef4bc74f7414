import { randomUUID } from 'node:crypto';
import {
  BerthError,
  decideRelease,
  fieldProblem,
  inPoolOrScope,
  moveNotices,
  releasedReason,
  releaseNoteProblems,
  type ErrorCode,
  type FieldProblem,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { NotificationRepository } from '../notifications/notification.repository';
import { inChunks } from '../ownership/chunked-moves';
import type { OwnerMove } from '../ownership/owner-move';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { OwnershipRepository } from '../ownership/ownership.repository';
import type { Tx, UnitOfWork } from '../ownership/unit-of-work';
import { ASSIGN_LIMITS } from './assign.service';

export interface ReleaseOutcome {
  customerId: number;
  ok: boolean;
  code: ErrorCode | null;
  message: string | null;
  /** Null when the viewer may not see the customer. */
  companyName: string | null;
  /** Who held it until the release. */
  previousOwnerId: number | null;
}

/**
 * A manager (within their team) or an admin (anywhere) puts owned customers back in the public
 * pool with a note saying why: a rep who left, a territory given up. Each customer gets its own
 * result; the moves go a chunk at a time through the ledger (a RETURNED event by the manager, a
 * RELEASED pool entry), and each rep who lost customers gets one counted notice.
 */
export class ReleaseService {
  constructor(
    private readonly ownership: OwnershipRepository,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly ledger: OwnershipLedger,
    private readonly notifications: NotificationRepository,
  ) {}

  async release(viewer: Viewer, customerIds: number[], note: string): Promise<ReleaseOutcome[]> {
    if (viewer.role === 'REP') throw new BerthError('FORBIDDEN', 'Only managers and admins release customers; return your own instead.');
    const problems: FieldProblem[] = [...releaseNoteProblems(note)];
    if (customerIds.length === 0) problems.push(fieldProblem('customerIds', 'AT_LEAST_ONE'));
    if (customerIds.length > ASSIGN_LIMITS.customers) problems.push(fieldProblem('customerIds', 'TOO_MANY', { max: ASSIGN_LIMITS.customers }));
    if (problems.length) throw BerthError.badInput(problems);
    const reason = releasedReason(note);
    const batchId = randomUUID();
    return inChunks(this.uow, [...new Set(customerIds)], (tx, chunk) => this.releaseChunk(tx, viewer, chunk, reason, batchId));
  }

  private async releaseChunk(tx: Tx, viewer: Viewer, customerIds: number[], reason: ReturnType<typeof releasedReason>, batchId: string): Promise<ReleaseOutcome[]> {
    const now = this.clock.now();
    const facts = await this.ownership.lockForMove(tx.manager, customerIds);
    const moves: OwnerMove[] = [];
    const outcomes: ReleaseOutcome[] = customerIds.map((customerId) => {
      const customer = facts.get(customerId) ?? null;
      const companyName = inPoolOrScope(viewer, customer) ? customer.companyName : null;
      const decision = decideRelease(viewer, customer);
      if (!decision.ok) return { customerId, ok: false, code: decision.code, message: decision.message, companyName, previousOwnerId: null };
      moves.push({ customerId, kind: 'RELEASED', from: customer!.ownerId, to: null, actorId: viewer.userId, protectedUntil: null, reason });
      return { customerId, ok: true, code: null, message: null, companyName, previousOwnerId: customer!.ownerId };
    });
    const applied = await this.ledger.apply(tx, now, moves);
    await this.notifications.recordMoves(tx.manager, { batchId, actorId: viewer.userId, at: now }, moveNotices(viewer.userId, applied));
    return outcomes;
  }
}
