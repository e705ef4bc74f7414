import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BerthError,
  canSeeTransfer,
  decisionRefusal,
  fieldProblem,
  isInOwnTeam,
  needsApproval,
  planTransfer,
  receiverProblem,
  transferPlanProblems,
  transferRequestProblems,
  TRANSFER_LIMITS,
  type FieldProblem,
  type Receiver,
  type TransferReceiverMode,
  type TransferStatus,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { AssignRepository } from '../pool/assign.repository';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { TransferCounts } from './transfer-request.entity';
import type { TransferProgressNews } from './transfer-progress-news';
import type { LockedRequest, PendingItem, TransferRepository } from './transfer.repository';

/** Whose customers would move, which, and to whom: what a preview needs. */
export interface TransferPlan {
  fromUserId: number;
  /** Null = all of the rep's customers: a departure. */
  customerIds: number[] | null;
  receiverMode: TransferReceiverMode;
  toUserIds: number[];
}

/** A plan asked for, with what the approver and the old owner get. */
export interface TransferInput extends TransferPlan {
  keepReadDays: number | null;
  note: string;
}

export interface TransferPreview {
  needsApproval: boolean;
  counts: TransferCounts;
  /** Per receiver (null = the pool): how many customers it gets, and how many it may still take under the cap. */
  perReceiver: { userId: number | null; customers: number; room: number | null }[];
}

/** The most customers a selection names. */
const MAX_SELECTION = 5000;

/**
 * Requests to move a rep's customers — all of them when someone leaves, or a selection — to one
 * rep, spread over several, or to the pool. A request snapshots what will move; when the policy
 * says so it waits for an admin or the manager above, and a rejection moves nothing. Once approved
 * (or at once, when no approval is needed) its first chunk is queued on the PostgreSQL job queue
 * in the same transaction; TransferRunner carries it out.
 */
export class TransferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transfers: TransferRepository,
    private readonly people: AssignRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly progressNews: TransferProgressNews,
  ) {}

  async preview(viewer: Viewer, input: TransferPlan): Promise<TransferPreview> {
    const resolved = await this.resolve(this.dataSource.manager, viewer, input, transferPlanProblems(input));
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
      const resolved = await this.resolve(manager, viewer, input, transferRequestProblems(input));
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
    await this.progressNews.announce(request.id);
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
    await this.progressNews.announce(request.id);
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
  private async resolve(manager: EntityManager, viewer: Viewer, input: TransferPlan, inputProblems: FieldProblem[]) {
    if (viewer.role === 'REP') throw new BerthError('FORBIDDEN', 'Only managers and admins transfer customers.');
    const problems = [...inputProblems];
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
