import { addTeamDays, protectionState, recycleExclusion, type CustomerStatus, type PoolPolicy, type ProtectionStateName } from '@berth/domain';

const MINUTE_MS = 60_000;

/**
 * How urgent an owner's protection is at `now`, by the served policy: PROTECTED, EXPIRING_SOON
 * (inside the reminder lead) or EXPIRED (over, waiting for the recycle sweep). Null without an
 * end: a pool customer has nothing to count down.
 */
export function protectionUrgency(protectedUntil: string | null | undefined, now: Date, policy: PoolPolicy): ProtectionStateName | null {
  if (!protectedUntil) return null;
  const end = new Date(protectedUntil);
  if (Number.isNaN(end.getTime())) return null;
  return protectionState(end, now, policy).state;
}

interface Countable {
  owner: { id: string } | null;
  status: CustomerStatus;
  locked: boolean;
  protectedUntil: string | null;
}

const NEEDS_FOLLOW_UP = new Set<ProtectionStateName | null>(['EXPIRING_SOON', 'EXPIRED']);

/**
 * The owned customers a follow-up must reach now, soonest end first: those inside the reminder
 * window, and those already over but not yet recycled (a valid follow-up still saves them).
 * Customers the policy never recycles (won or locked ones) are left out, as the server leaves
 * them out of reminders.
 */
export function selectExpiringSoon<T extends Countable>(customers: readonly T[], now: Date, policy: PoolPolicy): T[] {
  const endOf = (c: T) => Date.parse(c.protectedUntil ?? '');
  return customers
    .filter((c) => c.owner !== null && !recycleExclusion(c, policy))
    .filter((c) => NEEDS_FOLLOW_UP.has(protectionUrgency(c.protectedUntil, now, policy)))
    .sort((a, b) => endOf(a) - endOf(b));
}

/**
 * Where the expiring-soon window ends for a list read at `now`: protection ending before this
 * instant is due (`protectedUntilBefore`). Taken from the next whole minute, so it moves once a
 * minute rather than with every clock reading, and so that everything due at `now` (or within
 * that minute) is inside it, even on the nights the team's clocks change: the list is then
 * narrowed to exactly what is due by `selectExpiringSoon`.
 */
export function expiringSoonBoundary(now: Date, policy: Pick<PoolPolicy, 'reminderLeadDays' | 'teamTimeZone'>): Date {
  const nextMinute = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS);
  return addTeamDays(nextMinute, policy.reminderLeadDays, policy.teamTimeZone);
}
