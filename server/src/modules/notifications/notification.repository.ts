import type { MoveNotice } from '@berth/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Tells `userId` of an attempt on a customer: joins the recipient's open group for that
   * customer and person (count + 1, now the latest attempt, unread again) unless the group's
   * latest attempt is older than `groupMs`, in which case that group is closed and a new one
   * opens. The partial unique index on open groups makes concurrent attempts meet in one row
   * (INSERT … ON CONFLICT waits for the other insert), so a burst of refused saves ends in one
   * notification per recipient whatever the interleaving. Returns the group's attempt count.
   */
  async recordClashAttempt(
    manager: EntityManager,
    attempt: { userId: number; customerId: number; attemptedById: number; clashId: number; at: Date },
    groupMs: number,
  ): Promise<number> {
    const { userId, customerId, attemptedById, clashId, at } = attempt;
    await manager.query(
      `UPDATE notifications SET groups_attempts = false
        WHERE user_id = $1 AND customer_id = $2 AND attempted_by_id = $3 AND groups_attempts
          AND COALESCE(latest_at, created_at) <= $4`,
      [userId, customerId, attemptedById, new Date(at.getTime() - groupMs)],
    );
    const [row]: { attemptCount: number }[] = await manager.query(
      `INSERT INTO notifications AS n (user_id, kind, clash_id, customer_id, attempted_by_id, attempt_count, groups_attempts, created_at, latest_at, read_at)
       VALUES ($1, 'CLASH', $4, $2, $3, 1, true, $5, $5, NULL)
       ON CONFLICT (user_id, customer_id, attempted_by_id) WHERE groups_attempts DO UPDATE SET
         attempt_count = n.attempt_count + 1,
         -- transactions may commit out of order: the group keeps its latest attempt
         clash_id = CASE WHEN EXCLUDED.latest_at >= n.latest_at THEN EXCLUDED.clash_id ELSE n.clash_id END,
         latest_at = GREATEST(n.latest_at, EXCLUDED.latest_at),
         read_at = NULL
       RETURNING attempt_count AS "attemptCount"`,
      [userId, customerId, attemptedById, clashId, at],
    );
    return row.attemptCount;
  }

  /**
   * Files the notices of a manager's moves: one notification per person, kind and batch, counting
   * its customers (the unique index on (user, batch, kind) makes the moves of one batch meet in one
   * row even across transactions). Written in the moves' own transaction, so a move is never
   * without its notice; one statement for any number of moves.
   */
  async recordMoves(manager: EntityManager, batch: { batchId: string; actorId: number; at: Date }, notices: readonly MoveNotice[]): Promise<void> {
    if (!notices.length) return;
    await manager.query(
      `INSERT INTO notifications AS n (user_id, kind, batch_id, actor_id, customer_id, receiver_id, customer_count, created_at, latest_at, read_at)
       SELECT x.user_id, x.kind::notification_kind, $1, $2, min(x.customer_id),
              -- one receiver only while every move went to the same person
              CASE WHEN count(DISTINCT x.receiver_id) = 1 AND count(x.receiver_id) = count(*) THEN min(x.receiver_id) END,
              count(*), $3, $3, NULL
         FROM unnest($4::int[], $5::text[], $6::int[], $7::int[]) AS x(user_id, kind, customer_id, receiver_id)
        GROUP BY x.user_id, x.kind
       ON CONFLICT (user_id, batch_id, kind) WHERE batch_id IS NOT NULL DO UPDATE SET
         customer_count = n.customer_count + EXCLUDED.customer_count,
         receiver_id = CASE WHEN n.receiver_id IS NOT DISTINCT FROM EXCLUDED.receiver_id THEN n.receiver_id END,
         latest_at = GREATEST(n.latest_at, EXCLUDED.latest_at),
         read_at = NULL`,
      [batch.batchId, batch.actorId, batch.at, notices.map((x) => x.userId), notices.map((x) => x.kind), notices.map((x) => x.customerId), notices.map((x) => x.receiverId)],
    );
  }

  /**
   * Files (or raises again, unread, as the latest) the one notification of an import for its
   * uploader, in the transaction of the step it reports.
   */
  async recordImport(manager: EntityManager, notice: { userId: number; importJobId: number; at: Date }): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (user_id, kind, import_job_id, created_at, latest_at, read_at) VALUES ($1, 'IMPORT', $2, $3, $3, NULL)
       ON CONFLICT (import_job_id) WHERE import_job_id IS NOT NULL DO UPDATE SET latest_at = EXCLUDED.latest_at, read_at = NULL`,
      [notice.userId, notice.importJobId, notice.at],
    );
  }

  latest(userId: number, first: number): Promise<NotificationEntity[]> {
    // Latest activity first, so a grouped clash alert rises with each attempt. The reminded
    // customer's name comes along in the same query (clash details load separately).
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoinAndSelect('n.customer', 'c')
      .leftJoinAndSelect('n.actor', 'actor')
      .leftJoinAndSelect('actor.department', 'actorDepartment')
      .leftJoinAndSelect('n.receiver', 'receiver')
      .leftJoinAndSelect('receiver.department', 'receiverDepartment')
      .where('n.userId = :userId', { userId })
      .orderBy('COALESCE(n.latest_at, n.created_at)', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first)
      .getMany();
  }

  async unreadCount(userId: number): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
    return row.n;
  }

  /** Marks the user's own notifications read (all unread ones when `ids` is null); returns how many changed. */
  async markRead(userId: number, ids: number[] | null, now: Date): Promise<number> {
    const [, affected] = await this.dataSource.query(
      `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL AND ($3::int[] IS NULL OR id = ANY($3))`,
      [userId, now, ids],
    );
    return affected;
  }
}
