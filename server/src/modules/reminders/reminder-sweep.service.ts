import { addTeamDays, reminderDue, type PoolPolicy } from '@berth/domain';
import type { Clock } from '../../clock';
import { idsByOwner } from '../customers/customer-news';
import type { Tx, UnitOfWork } from '../ownership/unit-of-work';
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
    private readonly uow: UnitOfWork,
    private readonly reminders: ReminderRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
    private readonly batchSize = 500,
  ) {}

  async sweep(now: Date = this.clock.now()): Promise<Reminded[]> {
    const policy = await this.policies.current();
    // One extra day covers a daylight-saving day inside the lead; reminderDue decides exactly.
    const within = addTeamDays(now, policy.reminderLeadDays + 1, policy.teamTimeZone);
    const all: Reminded[] = [];
    for (;;) {
      // Each batch's owners hear of it once it commits (the unit of work publishes what the batch raised).
      const batch = await this.uow.run((tx) => this.batch(tx, now, within, policy));
      all.push(...batch.reminded);
      // Soonest ends come first, so a batch with anyone not yet due is the last with anyone due.
      if (batch.considered < this.batchSize || batch.reminded.length < batch.considered) break;
    }
    return all;
  }

  private async batch(tx: Tx, now: Date, within: Date, policy: PoolPolicy) {
    const { manager } = tx;
    const rows = await this.reminders.candidates(manager, now, within, this.batchSize, policy);
    const due = rows.filter((r) =>
      reminderDue({ ownerId: r.ownerId, status: r.status, locked: r.locked, protectionEnd: r.protectedUntil, lastRemindedPeriodEnd: r.remindedFor }, now, policy),
    );
    const reminded = await this.reminders.remind(manager, now, due.map((r) => ({ customerId: r.id, ownerId: r.ownerId, end: r.protectedUntil })));
    // A reminder is the owner's alone.
    for (const [ownerId, customerIds] of idsByOwner(reminded)) tx.raise({ type: 'CUSTOMER_CHANGED', event: { kind: 'REMINDER', customerIds, audience: { userIds: [ownerId] } } });
    return { considered: rows.length, reminded };
  }
}
