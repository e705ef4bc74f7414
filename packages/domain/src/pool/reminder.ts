import type { CustomerStatus } from '../customer-fields';
import type { PoolPolicy } from './policy';
import { recycleExclusion } from './exclusions';
import { reminderStartsAt } from './protection-state';

/** What the reminder rule needs of one customer: the stored protection end and the last reminder sent. */
export interface ReminderFacts {
  ownerId: number | null;
  status: CustomerStatus;
  locked: boolean;
  /** The current period's end, as stored (`computeProtectionEnd`). */
  protectionEnd: Date | null;
  /** The period end the last reminder was sent for; null = never reminded. */
  lastRemindedPeriodEnd: Date | null;
}

/**
 * Remind the owner once per protection period, from `reminderLeadDays` team days before the end
 * until the end. A period is known by its end: when a follow-up moves the end, that is a new
 * period and earns its own reminder; the same end never earns two. Customers the policy never
 * recycles get no reminder, since nothing is about to happen to them.
 */
export function reminderDue(customer: ReminderFacts, now: Date, policy: PoolPolicy): boolean {
  const end = customer.protectionEnd;
  if (customer.ownerId === null || end === null) return false;
  if (recycleExclusion(customer, policy)) return false;
  if (customer.lastRemindedPeriodEnd?.getTime() === end.getTime()) return false;
  return now >= reminderStartsAt(end, policy) && now < end;
}
