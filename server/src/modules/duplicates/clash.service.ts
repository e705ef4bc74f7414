import type { DataSource } from 'typeorm';
import type { Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import { TOPICS, type BerthPubSub } from '../../graphql/pubsub';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { ClashRepository } from './clash.repository';
import type { DuplicateCheckResultView } from './duplicate-result';

/**
 * Repeated attempts by one person on one customer less than this apart are one alert with a
 * count: fifty refused saves in a second are news once, not fifty times.
 */
export const CLASH_ALERT_GROUP_MS = 10 * 60_000;

/**
 * Records a warned or blocked save against each matched customer and tells the people who
 * should know: the owner and the managers above them (never the one who tried).
 */
export class ClashService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clashes: ClashRepository,
    private readonly notifications: NotificationRepository,
    private readonly pubsub: BerthPubSub,
    private readonly clock: Clock,
  ) {}

  async record(viewer: Viewer, attemptedName: string, result: DuplicateCheckResultView): Promise<void> {
    const now = this.clock.now();
    // Customers, then recipients, in ascending order: concurrent attempts lock the same
    // notification rows in the same order and cannot deadlock.
    const matches = [...result.matches].sort((a, b) => a.customerId - b.customerId);
    const alerts = await this.dataSource.transaction(async (manager) => {
      const out: { clashId: number; recipientIds: number[]; attemptCounts: Record<number, number> }[] = [];
      for (const match of matches) {
        const clashId = await this.clashes.insert(manager, {
          customerId: match.customerId,
          attemptedById: viewer.userId,
          attemptedAt: now,
          attemptedName: attemptedName.slice(0, 200),
          verdict: match.verdict,
          dimensions: [...new Set(match.evidence.map((e) => e.dimension))].sort(),
          ownerId: match.ownerId,
        });
        const recipientIds =
          match.ownerId === null
            ? []
            : (await this.clashes.recipientsFor(match.ownerId, manager)).filter((id) => id !== viewer.userId).sort((a, b) => a - b);
        const attemptCounts: Record<number, number> = {};
        for (const userId of recipientIds) {
          attemptCounts[userId] = await this.notifications.recordClashAttempt(
            manager,
            { userId, customerId: match.customerId, attemptedById: viewer.userId, clashId, at: now },
            CLASH_ALERT_GROUP_MS,
          );
        }
        out.push({ clashId, recipientIds, attemptCounts });
      }
      return out;
    });
    for (const alert of alerts) if (alert.recipientIds.length) this.pubsub.publish(TOPICS.clashAlert, alert);
  }
}
