import type { DataSource, EntityManager } from 'typeorm';
import { addTeamDays, reminderDue, type PoolPolicy } from '@berth/domain';
import type { Clock } from '../../clock';
import { idsByOwner, type CustomerNews } from '../customers/customer-news';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import type { Reminded, ReminderRepository } from './reminder.repository';

/**
 * Reminds owners once per protection period, `reminderLeadDays` before the end: a REMINDER
 * notification, announced live to the owner alone. Safe from every instance at once: rows are
 * locked with SKIP LOCKED and each period is marked by a conditional update, so nobody is
 * reminded twice for the same end.
 */
export class ReminderSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reminders: ReminderRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly news: CustomerNews,
    private readonly batchSize = 500,
  ) {}

  async sweep(now: Date = this.clock.now()): Promise<Reminded[]> {
    const policy = await this.policies.current();
    // One extra day covers a daylight-saving day inside the lead; reminderDue decides exactly.
    const within = addTeamDays(now, policy.reminderLeadDays + 1, policy.teamTimeZone);
    const all: Reminded[] = [];
    for (;;) {
      const batch = await this.dataSource.transaction((m) => this.batch(m, now, within, policy));
      all.push(...batch.reminded);
      this.announce(batch.reminded);
      // Soonest ends come first, so a batch with anyone not yet due is the last with anyone due.
      if (batch.considered < this.batchSize || batch.reminded.length < batch.considered) break;
    }
    return all;
  }

  private async batch(manager: EntityManager, now: Date, within: Date, policy: PoolPolicy) {
    const rows = await this.reminders.candidates(manager, now, within, this.batchSize, policy);
    const due = rows.filter((r) =>
      reminderDue({ ownerId: r.ownerId, status: r.status, locked: r.locked, protectionEnd: r.protectedUntil, lastRemindedPeriodEnd: r.remindedFor }, now, policy),
    );
    const reminded = await this.reminders.remind(manager, now, due.map((r) => ({ customerId: r.id, ownerId: r.ownerId, end: r.protectedUntil })));
    return { considered: rows.length, reminded };
  }

  private announce(reminded: Reminded[]): void {
    for (const [ownerId, customerIds] of idsByOwner(reminded)) this.news.toUsers('REMINDER', customerIds, [ownerId]);
  }
}
