import type { CustomerStatus } from '../customer-fields';
import type { FollowUpFacts } from './follow-up';
import type { PoolPolicy } from './policy';
import { protectionClocks, type ProtectionClocks } from './protection-end';
import { recycleExclusion, type RecycleExclusion } from './exclusions';
import { entryReasonText, recycledReason, type EntryReason } from './entry-reason';

export const RECYCLE_REASONS = ['NO_VALID_FOLLOW_UP', 'NO_DEAL'] as const;
export type RecycleReason = (typeof RECYCLE_REASONS)[number];

/** What the recycle rules need of one customer. */
export interface RecycleFacts {
  id: number;
  /** null = already in the pool. */
  ownerId: number | null;
  /** Set exactly when `ownerId` is (the database checks it). */
  ownedSince: Date | null;
  tier: string;
  status: CustomerStatus;
  locked: boolean;
  /** A deal was won since `ownedSince`. */
  hasWonDeal: boolean;
  /** Follow-ups on the customer; invalid ones and a previous owner's are ignored. */
  followUps: readonly Pick<FollowUpFacts, 'type' | 'content' | 'at'>[];
}

/** Why a customer stays where it is. */
export type RecycleHold = 'IN_POOL' | RecycleExclusion | 'PROTECTED';

export type RecycleDecision =
  | { recycle: true; reasons: RecycleReason[]; reason: EntryReason; reasonText: string; protectionEnd: Date }
  | { recycle: false; reasons: []; reason: null; reasonText: null; keptBecause: RecycleHold; protectionEnd: Date | null };

/**
 * Whether the sweep moves this customer to the pool at `now`. Exclusions win over every rule;
 * otherwise it recycles exactly when protection has ended (now >= end), and the end already
 * combines the rules with ANY/ALL, so a customer is never recycled while still protected.
 */
export function recycleDecision(customer: RecycleFacts, now: Date, policy: PoolPolicy): RecycleDecision {
  if (customer.ownerId === null || customer.ownedSince === null) return kept('IN_POOL', null);
  const clocks = protectionClocks({ ...customer, ownedSince: customer.ownedSince, policy });
  const exclusion = recycleExclusion(customer, policy);
  if (exclusion) return kept(exclusion, clocks.end);
  if (now < clocks.end) return kept('PROTECTED', clocks.end);
  const reasons = firedRules(clocks, now);
  const reason = recycledReason(reasons, clocks);
  return { recycle: true, reasons, reason, reasonText: entryReasonText(reason), protectionEnd: clocks.end };
}

export interface RecycleSelection {
  customerId: number;
  /** The owner who loses the customer: the pool entry's previous owner. */
  ownerId: number;
  reasons: RecycleReason[];
  reason: EntryReason;
  reasonText: string;
  protectionEnd: Date;
}

/** The pure twin of the server's sweep: the customers that recycle at `now`, in input order. */
export function selectRecyclable(customers: readonly RecycleFacts[], now: Date, policy: PoolPolicy): RecycleSelection[] {
  const selected: RecycleSelection[] = [];
  for (const customer of customers) {
    const decision = recycleDecision(customer, now, policy);
    if (!decision.recycle) continue;
    const { reasons, reason, reasonText, protectionEnd } = decision;
    selected.push({ customerId: customer.id, ownerId: customer.ownerId as number, reasons, reason, reasonText, protectionEnd });
  }
  return selected;
}

/** "recycled: no valid follow-up for 30 days", the text kept on the pool entry and the ownership event. */
export function recycleReasonText(reasons: readonly RecycleReason[], clocks: Pick<ProtectionClocks, 'followUpDays' | 'noDealDays'>) {
  return entryReasonText(recycledReason(reasons, clocks));
}

function firedRules(clocks: ProtectionClocks, now: Date): RecycleReason[] {
  const reasons: RecycleReason[] = [];
  if (now >= clocks.followUpDue) reasons.push('NO_VALID_FOLLOW_UP');
  if (clocks.noDealDue && now >= clocks.noDealDue) reasons.push('NO_DEAL');
  return reasons;
}

function kept(keptBecause: RecycleHold, protectionEnd: Date | null): RecycleDecision {
  return { recycle: false, reasons: [], reason: null, reasonText: null, keptBecause, protectionEnd };
}
