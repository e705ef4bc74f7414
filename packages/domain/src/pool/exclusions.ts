import type { CustomerStatus } from '../customer-fields';
import type { RecyclePolicy } from './policy';

export const RECYCLE_EXCLUSIONS = ['WON', 'LOCKED'] as const;
export type RecycleExclusion = (typeof RECYCLE_EXCLUSIONS)[number];

/** Why a customer is never recycled under this policy, or null. WON is checked first: it says more. */
export function recycleExclusion(
  customer: { status: CustomerStatus; locked: boolean },
  policy: Pick<RecyclePolicy, 'excludeWon' | 'excludeLocked'>,
): RecycleExclusion | null {
  if (policy.excludeWon && customer.status === 'WON') return 'WON';
  if (policy.excludeLocked && customer.locked) return 'LOCKED';
  return null;
}
