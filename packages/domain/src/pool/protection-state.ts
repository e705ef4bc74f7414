import type { PoolPolicy } from './policy';
import { addTeamDays } from './team-time';

export const PROTECTION_STATES = ['PROTECTED', 'EXPIRING_SOON', 'EXPIRED'] as const;
export type ProtectionStateName = (typeof PROTECTION_STATES)[number];

export interface ProtectionState {
  state: ProtectionStateName;
  /** Time left until the end, 0 once expired: what a live countdown shows. */
  remainingMs: number;
}

/** The start of the "expiring soon" window: reminder lead days before the end, in the team's calendar. */
export function reminderStartsAt(end: Date, policy: PoolPolicy): Date {
  return addTeamDays(end, -policy.reminderLeadDays, policy.teamTimeZone);
}

/**
 * The end instant is exclusive: at end - 1 ms the owner is still protected, at `end` it has
 * expired. The window start is inclusive: EXPIRING_SOON from `reminderStartsAt(end)` on.
 */
export function protectionState(end: Date, now: Date, policy: PoolPolicy): ProtectionState {
  const remainingMs = Math.max(0, end.getTime() - now.getTime());
  if (now >= end) return { state: 'EXPIRED', remainingMs };
  if (now >= reminderStartsAt(end, policy)) return { state: 'EXPIRING_SOON', remainingMs };
  return { state: 'PROTECTED', remainingMs };
}

/** Whether the owner is still protected at `now` (the one comparison every rule uses). */
export function isProtected(end: Date, now: Date): boolean {
  return now < end;
}
