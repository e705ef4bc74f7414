import type { EntityManager } from 'typeorm';
import type { CustomerNews } from '../customers/customer-news';
import type { NotificationRepository } from '../notifications/notification.repository';

/**
 * The uploader's notification of an import: filed when the write starts and raised again (unread)
 * when it ends, is cancelled or is undone — in the transaction of that step — then, after commit,
 * the uploader's dashboards hear IMPORT_CHANGED and read their notifications (and lists) again.
 */
export class ImportNotices {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly news: CustomerNews,
  ) {}

  file(manager: EntityManager, job: { id: number; createdById: number }, at: Date): Promise<void> {
    return this.notifications.recordImport(manager, { userId: job.createdById, importJobId: job.id, at });
  }

  announce(uploaderId: number): void {
    this.news.publish({ kind: 'IMPORT_CHANGED', customerIds: [], audience: { userIds: [uploaderId] } });
  }
}
