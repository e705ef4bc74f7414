import type { DataSource } from 'typeorm';
import type { Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import { TOPICS, type BerthPubSub } from '../../graphql/pubsub';
import type { NotificationRepository } from '../notifications/notification.repository';
import type { ClashRepository } from './clash.repository';
import type { DuplicateCheckResultView } from './duplicate-result';

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
    const alerts = await this.dataSource.transaction(async (manager) => {
      const out: { clashId: number; recipientIds: number[] }[] = [];
      for (const match of result.matches) {
        const clashId = await this.clashes.insert(manager, {
          customerId: match.customerId,
          attemptedById: viewer.userId,
          attemptedAt: now,
          attemptedName: attemptedName.slice(0, 200),
          verdict: match.verdict,
          dimensions: [...new Set(match.evidence.map((e) => e.dimension))].sort(),
        });
        const recipientIds = match.ownerId === null ? [] : (await this.clashes.recipientsFor(match.ownerId, manager)).filter((id) => id !== viewer.userId);
        await this.notifications.insertMany(manager, recipientIds.map((userId) => ({ userId, kind: 'CLASH' as const, clashId, createdAt: now })));
        out.push({ clashId, recipientIds });
      }
      return out;
    });
    for (const alert of alerts) if (alert.recipientIds.length) this.pubsub.publish(TOPICS.clashAlert, alert);
  }
}
