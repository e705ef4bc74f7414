import type { TransferApprovalPolicy } from '../transfers/transfer-rules';
import { DEFAULT_PROTECTION_DAYS } from '../customer-fields';
import type { FollowUpType } from './follow-up-types';

/**
 * A setting that can differ per customer tier. `byTier` is keyed by tier code; a tier that is
 * not listed (e.g. one an admin adds later) gets `default`, so no customer is ever without a rule.
 */
export interface TierSetting<T> {
  default: T;
  byTier: Readonly<Record<string, T>>;
}

export const RECYCLE_COMBINATIONS = ['ANY', 'ALL'] as const;
/** ANY: the first recycle rule that fires recycles. ALL: every rule that is on must have fired. */
export type RecycleCombination = (typeof RECYCLE_COMBINATIONS)[number];

/** When an owner loses a customer to the pool. Day counts are calendar days in the team's time zone. */
export interface RecyclePolicy {
  /** Length of the protection period from the moment a rep gets the customer. */
  protectionDays: TierSetting<number>;
  /** Follow-up kinds that count toward protection. */
  followUpTypes: readonly FollowUpType[];
  /** Fewest characters of content (trimmed, whitespace runs as one) for a follow-up to count. */
  minFollowUpLength: number;
  /** A valid follow-up moves the end to max(current end, follow-up time + this many days). */
  extensionDays: number;
  /** Recycle when no deal is won within this many days of getting the customer; null = rule off. */
  noDealDays: TierSetting<number | null>;
  combination: RecycleCombination;
  /** Customers with status WON are never recycled. */
  excludeWon: boolean;
  /** Locked customers are never recycled. */
  excludeLocked: boolean;
  /** The owner is reminded this many days before the protection end, once per period. */
  reminderLeadDays: number;
}

/** Limits on taking customers from the pool. */
export interface ClaimPolicy {
  /** Claims per rep per calendar day in the team's time zone. */
  dailyClaimLimit: number;
  /** Most customers a rep may own; claims and assignments stop there. */
  holdingCap: number;
  /** False leaves WON customers out of the count, so closing deals never blocks new work. */
  holdingCapCountsWon: boolean;
  /** A rep cannot re-claim a customer they lost for this many days; 0 = off. */
  previousOwnerCooldownDays: number;
  /** A customer that just entered the pool cannot be claimed for this many hours, so everyone gets a fair look; 0 = off. */
  newEntryCooldownHours: number;
}

/** A reason a rep may give when returning a customer; `noteRequired` asks for a free-text note too. */
export interface ReturnReason {
  code: string;
  label: string;
  noteRequired: boolean;
}

/** The whole admin-edited pool policy: one document, versioned by the server. */
export interface PoolPolicy extends RecyclePolicy, ClaimPolicy, TransferApprovalPolicy {
  /** IANA zone the team works in: day counts, the claim day and reminder days are read there. */
  teamTimeZone: string;
  returnReasons: readonly ReturnReason[];
}

/**
 * PRODUCT.md defaults. The time zone is UTC here; the server replaces it with its configured
 * team zone (BERTH_TIME_ZONE) when no admin has saved a policy yet.
 */
export const DEFAULT_POOL_POLICY: PoolPolicy = {
  teamTimeZone: 'UTC',
  protectionDays: { default: DEFAULT_PROTECTION_DAYS, byTier: {} },
  followUpTypes: ['CALL', 'VISIT', 'MEETING', 'EMAIL'],
  minFollowUpLength: 10,
  extensionDays: 30,
  noDealDays: { default: 90, byTier: { A: null } },
  combination: 'ANY',
  excludeWon: true,
  excludeLocked: true,
  reminderLeadDays: 3,
  dailyClaimLimit: 10,
  holdingCap: 200,
  holdingCapCountsWon: true,
  previousOwnerCooldownDays: 30,
  newEntryCooldownHours: 0,
  departuresNeedApproval: true,
  crossDepartmentMovesNeedApproval: true,
  returnReasons: [
    { code: 'NO_CONTACT', label: 'No contact', noteRequired: false },
    { code: 'NOT_A_FIT', label: 'Not a fit', noteRequired: false },
    { code: 'WRONG_REGION', label: 'Wrong region', noteRequired: false },
    { code: 'DUPLICATE', label: 'Duplicate', noteRequired: false },
    { code: 'OTHER', label: 'Other', noteRequired: true },
  ],
};

/** The value a tier gets: its own when the admin set one, else the default. */
export function settingForTier<T>(setting: TierSetting<T>, tier: string): T {
  return Object.prototype.hasOwnProperty.call(setting.byTier, tier) ? setting.byTier[tier] : setting.default;
}
