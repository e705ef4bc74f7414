import type { Clock } from '../../clock';
import type { NotificationRepository } from './notification.repository';

/** A user's own notifications: nobody reads or marks another user's. */
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  latest(userId: number, first: number) {
    return this.notifications.latest(userId, first);
  }

  unreadCount(userId: number) {
    return this.notifications.unreadCount(userId);
  }

  markRead(userId: number, ids: number[] | null) {
    return this.notifications.markRead(userId, ids, this.clock.now());
  }
}
