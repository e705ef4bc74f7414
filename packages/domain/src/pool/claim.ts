import { ERROR_CODES, type ErrorCode } from '../errors';
import type { PoolPolicy } from './policy';
import { countedHoldings } from './assignment';
import { addTeamDays, formatTeamTime, HOUR_MS, teamDayWindow } from './team-time';

/**
 * Refusal codes in the order `decideClaim` checks them; the first that applies is reported.
 * 1. NOT_VISIBLE first, so a rep learns nothing (not even "owned") about a customer outside their view.
 * 2. ALREADY_OWNED: when someone owns it nothing else matters, and retrying is pointless.
 * 3–4. The cooldowns, facts about this customer that hold whatever the rep's quotas say.
 * 5–6. The rep's quotas last; the server re-checks them under the rep's row lock. The holding cap
 *    goes before the daily limit: it needs a return to clear, while the daily limit clears at
 *    midnight, and "come back tomorrow" would mislead a rep who is also at the cap.
 */
export const CLAIM_REFUSAL_CODES = [
  'NOT_VISIBLE',
  'ALREADY_OWNED',
  'PREVIOUS_OWNER_COOLDOWN',
  'NEW_ENTRY_COOLDOWN',
  'HOLDING_CAP_REACHED',
  'DAILY_LIMIT_REACHED',
] as const;
export type ClaimRefusalCode = (typeof CLAIM_REFUSAL_CODES)[number];
// Every refusal is also an error code, so the API and the web report it through the one table.
const REFUSALS_ARE_ERROR_CODES: readonly ErrorCode[] = CLAIM_REFUSAL_CODES;
void REFUSALS_ARE_ERROR_CODES;

export interface ClaimInput {
  claimant: { userId: number };
  customer: { ownerId: number | null };
  now: Date;
  policy: PoolPolicy;
  /** Claims the claimant already made in `claimDayWindow(now)`. */
  claimsToday: number;
  /** Customers the claimant owns now, WON ones included. */
  holdings: number;
  /** How many of `holdings` are WON; left out of the count when `holdingCapCountsWon` is false. */
  wonHoldings: number;
  /** When this customer last left the claimant (recycled from them or returned by them); null = never theirs. */
  lastLostAt: Date | null;
  /** When the customer entered the pool this time; null = unknown, no cooldown. */
  enteredPoolAt: Date | null;
  /** Whether the claimant may see this pool customer. */
  visible: boolean;
}

export interface ClaimRefusal {
  ok: false;
  code: ClaimRefusalCode;
  message: string;
  /** When the same claim would pass this check again, if time alone clears it. */
  retryAt: Date | null;
}

export type ClaimDecision = { ok: true } | ClaimRefusal;

type ClaimCheck = (input: ClaimInput) => ClaimRefusal | null;

const CHECKS: Record<ClaimRefusalCode, ClaimCheck> = {
  // The table's message, word for word: a hidden customer must read exactly like a missing one.
  NOT_VISIBLE: ({ visible }) => (visible ? null : refuse('NOT_VISIBLE', ERROR_CODES.NOT_VISIBLE.defaultMessage)),
  ALREADY_OWNED: ({ customer, claimant }) => {
    if (customer.ownerId === null) return null;
    const mine = customer.ownerId === claimant.userId;
    return refuse('ALREADY_OWNED', mine ? 'You already own this customer.' : 'Another rep owns this customer now.');
  },
  PREVIOUS_OWNER_COOLDOWN: ({ lastLostAt, now, policy }) => {
    const days = policy.previousOwnerCooldownDays;
    if (lastLostAt === null || days === 0) return null;
    const until = addTeamDays(lastLostAt, days, policy.teamTimeZone);
    if (now >= until) return null;
    return refuse('PREVIOUS_OWNER_COOLDOWN', `You gave up or lost this customer recently; you can claim it again from ${at(until, policy)}.`, until);
  },
  NEW_ENTRY_COOLDOWN: ({ enteredPoolAt, now, policy }) => {
    const hours = policy.newEntryCooldownHours;
    if (enteredPoolAt === null || hours === 0) return null;
    const until = new Date(enteredPoolAt.getTime() + hours * HOUR_MS);
    if (now >= until) return null;
    return refuse('NEW_ENTRY_COOLDOWN', `This customer has just entered the pool; it can be claimed from ${at(until, policy)}.`, until);
  },
  HOLDING_CAP_REACHED: ({ holdings, wonHoldings, policy }) => {
    const counted = countedHoldings({ holdings, wonHoldings }, policy);
    if (counted < policy.holdingCap) return null;
    return refuse('HOLDING_CAP_REACHED', `You hold ${counted} of at most ${policy.holdingCap} customers; return one to claim another.`);
  },
  DAILY_LIMIT_REACHED: ({ claimsToday, now, policy }) => {
    if (claimsToday < policy.dailyClaimLimit) return null;
    const reopens = teamDayWindow(now, policy.teamTimeZone).end;
    return refuse('DAILY_LIMIT_REACHED', `You have made ${claimsToday} of ${policy.dailyClaimLimit} claims today; claims reopen at ${at(reopens, policy)}.`, reopens);
  },
};

/** The refusals that depend on who owns the customer alone: no policy, no quotas, no dates. */
const OWNERSHIP_REFUSAL_CODES = ['NOT_VISIBLE', 'ALREADY_OWNED'] as const satisfies readonly ClaimRefusalCode[];

/** The refusals that depend on the customer alone, not on the claimant's quotas. */
const CUSTOMER_REFUSAL_CODES = CLAIM_REFUSAL_CODES.filter((code) => code !== 'HOLDING_CAP_REACHED' && code !== 'DAILY_LIMIT_REACHED');

export type ClaimCustomerInput = Omit<ClaimInput, 'claimsToday' | 'holdings' | 'wonHoldings'>;
export type ClaimOwnershipInput = Pick<ClaimInput, 'claimant' | 'customer' | 'visible'>;

/** Whether `claimant` may take this customer from the pool now; the first refusal in `CLAIM_REFUSAL_CODES` order wins. */
export function decideClaim(input: ClaimInput): ClaimDecision {
  return firstRefusal(CLAIM_REFUSAL_CODES, input) ?? { ok: true };
}

/**
 * The refusal `decideClaim` would give whatever the claimant's quotas are (a hidden or owned
 * customer, a cooldown), or null. The quota checks come after these, so a server may settle
 * such an attempt without taking the claimant's counter lock.
 */
export function refusalForCustomer(input: ClaimCustomerInput): ClaimRefusal | null {
  return firstRefusal(CUSTOMER_REFUSAL_CODES, { ...input, claimsToday: 0, holdings: 0, wonHoldings: 0 });
}

/**
 * The refusal `decideClaim` would give whatever the policy, the clock and the quotas say: the
 * customer is hidden from the claimant or someone owns it. Both are read from who owns the
 * customer, so a server may settle them from an unlocked read — the refusal is true of the
 * moment that read saw — and lock only for a claim that may succeed.
 */
export function refusalForOwnership(input: ClaimOwnershipInput): ClaimRefusal | null {
  // Those two checks read nothing but these three fields.
  return firstRefusal(OWNERSHIP_REFUSAL_CODES, input as ClaimInput);
}

function firstRefusal(codes: readonly ClaimRefusalCode[], input: ClaimInput): ClaimRefusal | null {
  for (const code of codes) {
    const refusal = CHECKS[code](input);
    if (refusal) return refusal;
  }
  return null;
}

function refuse(code: ClaimRefusalCode, message: string, retryAt: Date | null = null): ClaimRefusal {
  return { ok: false, code, message, retryAt };
}

function at(instant: Date, policy: PoolPolicy): string {
  return `${formatTeamTime(instant, policy.teamTimeZone)} (${policy.teamTimeZone})`;
}

