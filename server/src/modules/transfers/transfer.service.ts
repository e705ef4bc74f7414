import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BerthError,
  canSeeTransfer,
  claimDay,
  computeProtectionEnd,
  countedHoldings,
  decisionRefusal,
  fieldProblem,
  isInOwnTeam,
  moveNotices,
  needsApproval,
  planTransfer,
  receiverProblem,
  releasedReason,
  transferRequestProblems,
  TRANSFER_LIMITS,
  type FieldProblem,
  type Receiver,
  type TransferReceiverMode,
  type TransferStatus,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import { TOPICS, type BerthPubSub } from '../../graphql/pubsub';
import type { CollaboratorRepository } from '../collaborators/collaborator.repository';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { OwnerMove } from '../ownership/owner-move';
import type { OwnershipLedger } from '../ownership/ownership-ledger';
import type { OwnershipRepository } from '../ownership/ownership.repository';
import type { Tx, UnitOfWork } from '../ownership/unit-of-work';
import type { AssignRepository } from '../pool/assign.repository';
import type { ClaimRepository } from '../pool/claim.repository';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { TransferCounts } from './transfer-request.entity';
import type { ItemOutcome, LockedRequest, PendingItem, TransferRepository } from './transfer.repository';

export interface TransferInput {
  fromUserId: number;
  /** Null = all of the rep's customers: a departure. */
  customerIds: number[] | null;
  receiverMode: TransferReceiverMode;
  toUserIds: number[];
  keepReadDays: number | null;
  note: string;
}

export interface TransferPreview {
  needsApproval: boolean;
  counts: TransferCounts;
  /** Per receiver (null = the pool): how many customers it gets, and how many it may still take under the cap. */
  perReceiver: { userId: number | null; customers: number; room: number | null }[];
}

/** Customers a chunk of the job moves in one transaction. */
const CHUNK = 100;
/** The most customers a selection names. */
const MAX_SELECTION = 5000;

/**
 * Moves a rep's customers — all of them when someone leaves, or a selection — to one rep, spread
 * over several, or to the pool. A request snapshots what will move; when the policy says so it
 * waits for an admin or the manager above, and a rejection moves nothing. Once approved it runs
 * as a background job on the PostgreSQL job queue, a chunk per job: each chunk's moves, their
 * items' outcomes and the next chunk's job commit together, so a job killed halfway resumes after
 * the last committed chunk and moves each customer once. A customer that changed hands meanwhile
 * stays where it is and says so.
 */
export class TransferService {
  constructor(
    private readonly dataSource: DataSource,
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
    private readonly pubsub: BerthPubSub,
  ) {}

  async preview(viewer: Viewer, input: TransferInput): Promise<TransferPreview> {
    const resolved = await this.resolve(this.dataSource.manager, viewer, input);
    const planned = new Map<number | null, number>();
    for (const item of resolved.plan) planned.set(item.toUserId, (planned.get(item.toUserId) ?? 0) + 1);
    return {
      needsApproval: resolved.needsApproval,
      counts: await this.transfers.counts(this.dataSource.manager, input.fromUserId, resolved.customerIds),
      perReceiver: [...planned].map(([userId, customers]) => ({ userId, customers, room: userId === null ? null : resolved.room.get(userId) ?? 0 })),
    };
  }

  /** Records the request with its snapshot; starts it at once when it needs no approval. */
  async start(viewer: Viewer, input: TransferInput): Promise<LockedRequest> {
    const id = await this.dataSource.transaction(async (manager) => {
      const resolved = await this.resolve(manager, viewer, input);
      const now = this.clock.now();
      const status: TransferStatus = resolved.needsApproval ? 'PENDING' : 'QUEUED';
      const id = await this.insertGuarded(manager, {
        fromUserId: input.fromUserId,
        departure: input.customerIds === null,
        receiverMode: input.receiverMode,
        receiverIds: input.toUserIds,
        keepReadDays: input.keepReadDays,
        note: input.note.trim(),
        status,
        needsApproval: resolved.needsApproval,
        requestedById: viewer.userId,
        requestedAt: now,
        counts: await this.transfers.counts(manager, input.fromUserId, resolved.customerIds),
        batchId: randomUUID(),
      }, resolved.plan);
      if (status === 'QUEUED') await this.transfers.enqueueChunk(manager, id);
      return id;
    });
    const request = (await this.transfers.find(this.dataSource.manager, id))!;
    await this.announce(request);
    return request;
  }

  /** Approves (the job starts) or rejects (nothing moves) a pending request, once, by someone allowed to. */
  async decide(viewer: Viewer, id: number, approve: boolean, comment: string | null): Promise<LockedRequest> {
    const text = comment?.trim() || null;
    if (text && text.length > TRANSFER_LIMITS.commentMax) throw BerthError.badInput([fieldProblem('comment', 'TOO_LONG', { max: TRANSFER_LIMITS.commentMax })]);
    await this.dataSource.transaction(async (manager) => {
      const request = await this.transfers.find(manager, id, { lock: true });
      if (!request || !canSeeTransfer(viewer, request)) throw new BerthError('NOT_FOUND', 'Transfer request not found.');
      const refusal = decisionRefusal(viewer, request);
      if (refusal) throw new BerthError(refusal);
      await this.transfers.decide(manager, id, { status: approve ? 'QUEUED' : 'REJECTED', decidedById: viewer.userId, decidedAt: this.clock.now(), comment: text });
      if (approve) await this.transfers.enqueueChunk(manager, id);
    });
    const request = (await this.transfers.find(this.dataSource.manager, id))!;
    await this.announce(request);
    return request;
  }

  async get(viewer: Viewer, id: number): Promise<LockedRequest> {
    const request = await this.transfers.find(this.dataSource.manager, id);
    if (!request || !canSeeTransfer(viewer, request)) throw new BerthError('NOT_FOUND', 'Transfer request not found.');
    return request;
  }

  /** Whether `viewer` may approve or reject the request now. */
  mayDecide(viewer: Viewer, request: LockedRequest): boolean {
    return canSeeTransfer(viewer, request) && decisionRefusal(viewer, request) === null;
  }

  list(viewer: Viewer, statuses: TransferStatus[] | null, first: number): Promise<LockedRequest[]> {
    if (viewer.role === 'REP') return Promise.resolve([]);
    return this.transfers.visibleTo(this.dataSource.manager, viewer, statuses, first);
  }

  items(request: LockedRequest, onlyFailed: boolean, first: number) {
    return this.transfers.items(this.dataSource.manager, request.id, onlyFailed, first);
  }

  perReceiver(request: LockedRequest) {
    return this.transfers.perReceiver(this.dataSource.manager, request.id);
  }

  progress(request: LockedRequest) {
    return this.transfers.progress(this.dataSource.manager, request.id);
  }

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
    if (result.request) await this.announce((await this.transfers.find(this.dataSource.manager, requestId))!);
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

  /** Everyone allowed to follow the request hears where it stands. */
  private async announce(request: LockedRequest): Promise<void> {
    const progress = await this.transfers.progress(this.dataSource.manager, request.id);
    this.pubsub.publish(TOPICS.transferProgress, {
      requestId: request.id,
      requestedById: request.requestedById,
      fromDepartmentPath: request.fromDepartmentPath,
      status: request.status,
      ...progress,
    });
  }

  /** The one open departure per rep is the database's to guard: a second is refused with a code, not a 500. */
  private async insertGuarded(manager: EntityManager, request: Parameters<TransferRepository['insert']>[1], plan: PendingItem[]): Promise<number> {
    await manager.query('SAVEPOINT transfer_insert');
    try {
      const id = await this.transfers.insert(manager, request, plan);
      await manager.query('RELEASE SAVEPOINT transfer_insert');
      return id;
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'uq_transfer_requests_open_departure') throw new BerthError('TRANSFER_UNDER_WAY');
      throw error;
    }
  }

  /** Checks the request against who asks and who is named, and plans who gets what. */
  private async resolve(manager: EntityManager, viewer: Viewer, input: TransferInput) {
    if (viewer.role === 'REP') throw new BerthError('FORBIDDEN', 'Only managers and admins transfer customers.');
    const problems: FieldProblem[] = transferRequestProblems(input);
    if (input.customerIds !== null && (input.customerIds.length === 0 || input.customerIds.length > MAX_SELECTION)) {
      problems.push(fieldProblem('customerIds', 'COUNT_RANGE', { min: 1, max: MAX_SELECTION }));
    }
    const people = new Map((await this.people.assignees(manager, [input.fromUserId, ...input.toUserIds])).map((p) => [p.userId, p]));
    const from = people.get(input.fromUserId);
    if (!from || !isInOwnTeam(viewer, from)) problems.push(fieldProblem('fromUserId', 'NOT_IN_YOUR_TEAM', { id: String(input.fromUserId) }));
    for (const id of input.toUserIds) {
      const problem = id === input.fromUserId ? null : receiverProblem(viewer, id, people.get(id));
      if (problem) problems.push(problem);
    }
    if (problems.length) throw BerthError.badInput(problems);
    const customerIds = await this.transfers.ownedBy(manager, input.fromUserId, input.customerIds);
    if (input.customerIds !== null && customerIds.length < new Set(input.customerIds).size) {
      const stray = input.customerIds.find((id) => !customerIds.includes(id))!;
      throw BerthError.badInput([fieldProblem('customerIds', 'NOT_THEIRS', { id: String(stray), name: from!.name })]);
    }
    if (!customerIds.length) throw BerthError.badInput([fieldProblem('fromUserId', 'NOTHING_TO_MOVE')]);
    const policy = await this.policies.current(manager);
    const held = await this.people.holdings(manager, input.toUserIds, policy.holdingCapCountsWon);
    const receivers = input.toUserIds.map((userId) => ({ userId, holdings: held.get(userId) ?? 0, cap: policy.holdingCap }));
    const room = new Map(receivers.map((r) => [r.userId, Math.max(0, r.cap - r.holdings)]));
    const receiverPaths = input.toUserIds.map((id) => (people.get(id) as Receiver).departmentPath);
    return {
      customerIds,
      plan: planTransfer(customerIds, input.receiverMode, receivers),
      room,
      needsApproval: needsApproval(policy, { actor: viewer, departure: input.customerIds === null, fromDepartmentPath: from!.departmentPath, receiverDepartmentPaths: receiverPaths }),
    };
  }
}
