import {
  claimDay,
  computeProtectionEnd,
  countedHoldings,
  moveNotices,
  releasedReason,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { CollaboratorRepository } from '../collaborators/collaborator.repository';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { OwnerMove } from '../ownership/owner-move';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { OwnershipRepository } from '../ownership/ownership.repository';
import type { Tx, UnitOfWork } from '../ownership/unit-of-work';
import type { AssignRepository } from '../pool/assign.repository';
import type { ClaimRepository } from '../pool/claim.repository';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { TransferProgressNews } from './transfer-progress-news';
import type { ItemOutcome, LockedRequest, PendingItem, TransferRepository } from './transfer.repository';

/** Customers a chunk of the job moves in one transaction. */
const CHUNK = 100;

/**
 * Carries out an approved transfer as background jobs on the PostgreSQL job queue, a chunk per
 * job: each chunk's moves (through the ownership ledger), its items' outcomes and the next chunk's
 * job commit together, so a job killed halfway resumes after the last committed chunk and moves
 * each customer once. A customer that changed hands meanwhile stays where it is and says so.
 */
export class TransferRunner {
  constructor(
    private readonly transfers: TransferRepository,
    private readonly people: AssignRepository,
    private readonly ownership: OwnershipRepository,
    private readonly claims: ClaimRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly ledger: OwnershipLedger,
    private readonly notifications: NotificationRepository,
    private readonly collaborators: CollaboratorRepository,
    private readonly progressNews: TransferProgressNews,
  ) {}

  /**
   * One chunk of a running transfer, as the job runs it: moves the next items that are still
   * where the snapshot found them, records every item's outcome, and queues the next chunk, all in
   * one transaction. Returns false when nothing was left (the request is then DONE).
   */
  async runChunk(requestId: number): Promise<boolean> {
    const result = await this.uow.run(async (tx) => {
      const request = await this.transfers.find(tx.manager, requestId, { lock: true });
      if (!request || (request.status !== 'QUEUED' && request.status !== 'RUNNING')) return { request, more: false };
      const items = await this.transfers.pendingItems(tx.manager, requestId, CHUNK);
      const now = this.clock.now();
      if (!items.length) {
        await this.transfers.finish(tx.manager, requestId, now);
        return { request, more: false };
      }
      const outcomes = await this.moveChunk(tx, request, items, now);
      await this.transfers.finishItems(tx.manager, requestId, outcomes, now);
      await this.transfers.enqueueChunk(tx.manager, requestId);
      return { request, more: true };
    });
    if (result.request) await this.progressNews.announce(requestId);
    return result.more;
  }

  private async moveChunk(tx: Tx, request: LockedRequest, items: PendingItem[], now: Date): Promise<ItemOutcome[]> {
    const policy = await this.policies.inForce(tx.manager);
    const facts = await this.ownership.lockForMove(tx.manager, items.map((i) => i.customerId));
    const receiverIds = [...new Set(items.flatMap((i) => (i.toUserId === null ? [] : [i.toUserId])))].sort((a, b) => a - b);
    const people = new Map((await this.people.assignees(tx.manager, receiverIds)).map((p) => [p.userId, p]));
    const held = await this.claims.lockQuotas(tx.manager, receiverIds, claimDay(now, policy.teamTimeZone));
    const transfer = { requestId: request.id, approverId: request.decidedById };
    const moves: OwnerMove[] = [];
    const outcomes: ItemOutcome[] = [];
    for (const { customerId, toUserId } of items) {
      const customer = facts.get(customerId);
      // Still the departing rep's: anything else (claimed back, returned, recycled, moved by a manager) stays put, said per item.
      if (!customer || customer.ownerId !== request.fromUserId) {
        outcomes.push({ customerId, outcome: 'OWNER_CHANGED' });
        continue;
      }
      if (toUserId === null) {
        moves.push({ customerId, kind: 'RELEASED', from: request.fromUserId, to: null, actorId: request.requestedById, protectedUntil: null, reason: releasedReason(request.note), transfer });
        outcomes.push({ customerId, outcome: 'MOVED' });
        continue;
      }
      if (people.get(toUserId)?.disabled) {
        outcomes.push({ customerId, outcome: 'REP_DISABLED' });
        continue;
      }
      const receiver = held.get(toUserId)!;
      if (countedHoldings(receiver, policy) >= policy.holdingCap) {
        outcomes.push({ customerId, outcome: 'HOLDING_CAP_REACHED' });
        continue;
      }
      const won = customer.status === 'WON';
      receiver.holdings += 1;
      if (won) receiver.wonHoldings += 1;
      const protectedUntil = computeProtectionEnd({ ownedSince: now, tier: customer.tierCode, followUps: [], hasWonDeal: won, policy });
      moves.push({ customerId, kind: 'TRANSFERRED', from: request.fromUserId, to: toUserId, actorId: request.requestedById, protectedUntil, transfer });
      outcomes.push({ customerId, outcome: 'MOVED' });
    }
    const applied = await this.ledger.apply(tx, now, moves);
    // The rows are locked, so every move applies; one that did not is reported, never counted as moved.
    const done = new Set(applied.map((m) => m.customerId));
    const final = outcomes.map((o) => (o.outcome === 'MOVED' && !done.has(o.customerId) ? { ...o, outcome: 'OWNER_CHANGED' } : o));
    await this.notifications.recordMoves(tx.manager, { batchId: request.batchId, actorId: request.requestedById, at: now }, moveNotices(request.requestedById, applied));
    await this.transfers.closeReminders(tx.manager, request.fromUserId, [...done], now);
    // The old owner may keep looking at what moved (to hand it over well) for the days the request said.
    if (request.keepReadDays !== null) {
      const until = new Date(now.getTime() + request.keepReadDays * 86_400_000);
      await this.collaborators.grantReadMany(tx.manager, [...done], request.fromUserId, until, request.requestedById, now);
    }
    return final;
  }
}
