import type { DataSource, EntityManager } from 'typeorm';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, rows: { userId: number; kind: NotificationKind; clashId: number | null; createdAt: Date }[]) {
    if (rows.length) await manager.getRepository(NotificationEntity).insert(rows.map((r) => ({ ...r, readAt: null })));
  }

  latest(userId: number, first: number): Promise<NotificationEntity[]> {
    // The reminded customer's name comes along in the same query (clash details load separately).
    return this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { userId }, relations: { customer: true }, order: { createdAt: 'DESC', id: 'DESC' }, take: first });
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
