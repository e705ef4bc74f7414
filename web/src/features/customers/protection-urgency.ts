import { protectionState, recycleExclusion, type CustomerStatus, type PoolPolicy, type ProtectionStateName } from '@berth/domain';

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
  protectedUntil: string | null;
}

const NEEDS_FOLLOW_UP = new Set<ProtectionStateName | null>(['EXPIRING_SOON', 'EXPIRED']);

/**
 * The owned customers a follow-up must reach now, soonest end first: those inside the reminder
 * window, and those already over but not yet recycled (a valid follow-up still saves them).
 * Customers the policy never recycles (won ones) are left out, as the server leaves them out of
 * reminders. Locked customers are too, on the server, but the API does not say which they are.
 */
export function selectExpiringSoon<T extends Countable>(customers: readonly T[], now: Date, policy: PoolPolicy): T[] {
  const endOf = (c: T) => Date.parse(c.protectedUntil ?? '');
  return customers
    .filter((c) => c.owner !== null && !recycleExclusion({ status: c.status, locked: false }, policy))
    .filter((c) => NEEDS_FOLLOW_UP.has(protectionUrgency(c.protectedUntil, now, policy)))
    .sort((a, b) => endOf(a) - endOf(b));
}
