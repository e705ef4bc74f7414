import type { EntityManager } from 'typeorm';
import type { TransferStatus, Viewer } from '@berth/domain';
import type { TransferCounts, TransferRequestEntity } from './transfer-request.entity';

/** A request as the rules about it read it: with the departments of the requester and of the rep whose customers move. */
export interface LockedRequest extends TransferRequestEntity {
  requesterDepartmentPath: string | null;
  fromDepartmentPath: string | null;
}

export interface PendingItem {
  customerId: number;
  toUserId: number | null;
}

export interface ItemOutcome {
  customerId: number;
  outcome: string;
}

export interface TransferProgressRow {
  total: number;
  done: number;
  moved: number;
  failed: number;
}

const REQUEST_COLUMNS = `r.id, r.from_user_id AS "fromUserId", r.departure, r.receiver_mode AS "receiverMode", r.receiver_ids AS "receiverIds",
  r.keep_read_days AS "keepReadDays", r.note, r.status, r.needs_approval AS "needsApproval", r.requested_by_id AS "requestedById",
  r.requested_at AS "requestedAt", r.decided_by_id AS "decidedById", r.decided_at AS "decidedAt", r.decision_comment AS "decisionComment",
  r.counts, r.batch_id AS "batchId", r.moved, r.failed, r.started_at AS "startedAt", r.finished_at AS "finishedAt",
  (SELECT d.path FROM users u JOIN departments d ON d.id = u.department_id WHERE u.id = r.requested_by_id) AS "requesterDepartmentPath",
  (SELECT d.path FROM users u JOIN departments d ON d.id = u.department_id WHERE u.id = r.from_user_id) AS "fromDepartmentPath"`;

/** Transfer requests, their snapshot items and the job's bookkeeping. */
export class TransferRepository {
  /** The customers `fromUserId` owns now (all of them, or those of `selection`), in id order. */
  async ownedBy(manager: EntityManager, fromUserId: number, selection: readonly number[] | null): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(
      `SELECT customer_id AS id FROM customer_ownership WHERE owner_id = $1 AND ($2::int[] IS NULL OR customer_id = ANY($2::int[])) ORDER BY customer_id`,
      [fromUserId, selection],
    );
    return rows.map((r) => r.id);
  }

  /** What moves with these customers, by kind: the preview an approver decides on. */
  async counts(manager: EntityManager, fromUserId: number, customerIds: readonly number[]): Promise<TransferCounts> {
    const [row] = await manager.query(
      `SELECT (SELECT count(*)::int FROM contacts WHERE customer_id = ANY($2::int[])) AS contacts,
              (SELECT count(*)::int FROM follow_ups WHERE customer_id = ANY($2::int[])) AS "followUps",
              (SELECT count(*)::int FROM notifications WHERE user_id = $1 AND kind = 'REMINDER' AND read_at IS NULL AND customer_id = ANY($2::int[])) AS "openReminders"`,
      [fromUserId, customerIds],
    );
    return { customers: customerIds.length, ...row };
  }

  async insert(manager: EntityManager, request: Omit<TransferRequestEntity, 'id' | 'moved' | 'failed' | 'startedAt' | 'finishedAt' | 'decidedById' | 'decidedAt' | 'decisionComment'>, items: readonly PendingItem[]): Promise<number> {
    const [{ id }] = await manager.query(
      `INSERT INTO transfer_requests (from_user_id, departure, receiver_mode, receiver_ids, keep_read_days, note, status, needs_approval, requested_by_id, requested_at, counts, batch_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [request.fromUserId, request.departure, request.receiverMode, request.receiverIds, request.keepReadDays, request.note, request.status, request.needsApproval, request.requestedById, request.requestedAt, JSON.stringify(request.counts), request.batchId],
    );
    await manager.query(
      `INSERT INTO transfer_items (request_id, customer_id, to_user_id) SELECT $1, * FROM unnest($2::int[], $3::int[])`,
      [id, items.map((i) => i.customerId), items.map((i) => i.toUserId)],
    );
    return id;
  }

  /** One request, locked for the transaction when `lock` (a decision, a chunk of the job). */
  async find(manager: EntityManager, id: number, { lock = false } = {}): Promise<LockedRequest | null> {
    const rows: LockedRequest[] = await manager.query(`SELECT ${REQUEST_COLUMNS} FROM transfer_requests r WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /**
   * The requests `viewer` may see (admins all; others what they asked for and what concerns
   * their team), newest first, optionally only some statuses.
   */
  async visibleTo(manager: EntityManager, viewer: Viewer, statuses: readonly TransferStatus[] | null, limit: number): Promise<LockedRequest[]> {
    return manager.query(
      `SELECT * FROM (SELECT ${REQUEST_COLUMNS} FROM transfer_requests r WHERE ($1::transfer_status[] IS NULL OR r.status = ANY($1::transfer_status[]))) x
        WHERE $2::text = 'ADMIN' OR x."requestedById" = $3 OR ($2::text = 'MANAGER' AND $4::text IS NOT NULL AND x."fromDepartmentPath" LIKE $4::text || '%')
        ORDER BY x."requestedAt" DESC, x.id DESC LIMIT $5`,
      [statuses, viewer.role, viewer.userId, viewer.departmentPath, limit],
    );
  }

  async decide(manager: EntityManager, id: number, decision: { status: TransferStatus; decidedById: number; decidedAt: Date; comment: string | null }): Promise<void> {
    await manager.query(`UPDATE transfer_requests SET status = $2, decided_by_id = $3, decided_at = $4, decision_comment = $5 WHERE id = $1`, [
      id,
      decision.status,
      decision.decidedById,
      decision.decidedAt,
      decision.comment,
    ]);
  }

  /** The next items without an outcome, in customer order; rows another run of the job holds are passed over. */
  pendingItems(manager: EntityManager, requestId: number, limit: number): Promise<PendingItem[]> {
    return manager.query(
      `SELECT customer_id AS "customerId", to_user_id AS "toUserId" FROM transfer_items
        WHERE request_id = $1 AND done_at IS NULL ORDER BY customer_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [requestId, limit],
    );
  }

  /** Writes each item's outcome and the request's running totals, in the chunk's transaction. */
  async finishItems(manager: EntityManager, requestId: number, outcomes: readonly ItemOutcome[], now: Date): Promise<void> {
    if (!outcomes.length) return;
    await manager.query(
      `UPDATE transfer_items i SET outcome = o.outcome, done_at = $2 FROM unnest($3::int[], $4::text[]) AS o(id, outcome)
        WHERE i.request_id = $1 AND i.customer_id = o.id`,
      [requestId, now, outcomes.map((o) => o.customerId), outcomes.map((o) => o.outcome)],
    );
    const moved = outcomes.filter((o) => o.outcome === 'MOVED').length;
    await manager.query(
      `UPDATE transfer_requests SET moved = moved + $2, failed = failed + $3, status = 'RUNNING', started_at = COALESCE(started_at, $4) WHERE id = $1`,
      [requestId, moved, outcomes.length - moved, now],
    );
  }

  async finish(manager: EntityManager, requestId: number, now: Date): Promise<void> {
    await manager.query(`UPDATE transfer_requests SET status = 'DONE', started_at = COALESCE(started_at, $2), finished_at = $2 WHERE id = $1`, [requestId, now]);
  }

  async progress(manager: EntityManager, requestId: number): Promise<TransferProgressRow> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS total, count(done_at)::int AS done, count(*) FILTER (WHERE outcome = 'MOVED')::int AS moved,
              count(*) FILTER (WHERE outcome IS NOT NULL AND outcome <> 'MOVED')::int AS failed
         FROM transfer_items WHERE request_id = $1`,
      [requestId],
    );
    return row;
  }

  /** Items of a request with their outcomes (all, or only those that stayed), in customer order. */
  items(manager: EntityManager, requestId: number, onlyFailed: boolean, limit: number): Promise<(PendingItem & { outcome: string | null; doneAt: Date | null })[]> {
    return manager.query(
      `SELECT customer_id AS "customerId", to_user_id AS "toUserId", outcome, done_at AS "doneAt" FROM transfer_items
        WHERE request_id = $1 AND (NOT $2::boolean OR (outcome IS NOT NULL AND outcome <> 'MOVED')) ORDER BY customer_id LIMIT $3`,
      [requestId, onlyFailed, limit],
    );
  }

  /** Planned customers per receiver (null = the pool). */
  async perReceiver(manager: EntityManager, requestId: number): Promise<{ userId: number | null; customers: number }[]> {
    return manager.query(
      `SELECT to_user_id AS "userId", count(*)::int AS customers FROM transfer_items WHERE request_id = $1 GROUP BY to_user_id ORDER BY count(*) DESC`,
      [requestId],
    );
  }

  /** The old owner's unread protection reminders of customers that are no longer theirs. */
  async closeReminders(manager: EntityManager, userId: number, customerIds: readonly number[], now: Date): Promise<void> {
    if (!customerIds.length) return;
    await manager.query(`UPDATE notifications SET read_at = $3 WHERE user_id = $1 AND kind = 'REMINDER' AND read_at IS NULL AND customer_id = ANY($2::int[])`, [
      userId,
      customerIds,
      now,
    ]);
  }

  /**
   * Queues the next chunk on the PostgreSQL job queue, inside the caller's transaction: rolled
   * back, it never runs; committed, a worker on any instance takes it. One key per request, so a
   * chunk not yet started is never queued twice.
   */
  async enqueueChunk(manager: EntityManager, requestId: number): Promise<void> {
    await manager.query(`SELECT graphile_worker.add_job('transfer_chunk', json_build_object('requestId', $1::int), job_key => $2, max_attempts => 25)`, [
      requestId,
      `transfer:${requestId}`,
    ]);
  }
}
