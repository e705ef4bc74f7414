import type { I18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translator';
import type { PoolCustomerCard_CustomerFragment } from '../../gql/graphql';
import type { ClaimQuota } from './hooks/useClaimQuota';

/** What phrases a claim's availability: the viewer's messages and formatter. */
export type ClaimWords = Pick<I18n, 't' | 'fmt'>;

/** A cooldown on one pool customer for the viewer (PoolCustomer.claimHold). */
export type ClaimHold = NonNullable<PoolCustomerCard_CustomerFragment['claimHold']>;

/** How many more customers the viewer's quotas let them claim now, and why none when none. */
export interface ClaimRoom {
  left: number;
  reason: string | null;
}

/** Room under the holding cap and the daily limit; the cap first, as the claim rule checks it (it needs a return to clear). */
export function claimRoom(quota: ClaimQuota | undefined, t: Translate): ClaimRoom {
  if (!quota) return { left: Number.POSITIVE_INFINITY, reason: null };
  const underCap = quota.holdingCap - quota.holdings;
  const today = quota.dailyLimit - quota.claimedToday;
  if (underCap <= 0) return { left: 0, reason: t('pool.claim.capReached') };
  if (today <= 0) return { left: 0, reason: t('pool.claim.dailyLimitUsed', { limit: quota.dailyLimit }) };
  return { left: Math.min(underCap, today), reason: null };
}

// Within about half a year the day and month say it ("5 Jan"); further off the year is needed too.
const NEAR_MS = 180 * 86_400_000;

/** A day a claim opens again, in the team's zone: "5 Jan" when near, else the full date. */
function claimDay(iso: string, { fmt }: ClaimWords, now: Date): string {
  return Math.abs(new Date(iso).getTime() - now.getTime()) < NEAR_MS ? fmt.dayMonth(iso) : fmt.date(iso);
}

/**
 * A cooldown in the viewer's words. A previous owner's cooldown runs for days, so the day says it;
 * a new entry's runs for hours, so its time is given too.
 */
export function holdMessage(hold: ClaimHold, words: ClaimWords, now: Date = new Date()): string {
  const { t, fmt } = words;
  if (hold.code === 'PREVIOUS_OWNER_COOLDOWN') return t('pool.claim.previousOwnerCooldown', { date: claimDay(hold.until, words, now) });
  if (hold.code === 'NEW_ENTRY_COOLDOWN') return t('pool.claim.newEntryCooldown', { time: fmt.dateTime(hold.until) });
  return t('pool.claim.cooldown', { time: fmt.dateTime(hold.until) });
}

/**
 * A refused claim in the viewer's words, from its code and the time it would pass from (if time
 * alone clears it).
 */
export function refusalMessage(
  // A result's `message` (the server's English, for developers) may come along; it is never shown.
  result: { code: string | null; message?: string | null; retryAt?: string | null },
  words: ClaimWords,
  now: Date = new Date(),
): string {
  const { code, retryAt } = result;
  const { t } = words;
  if (retryAt && (code === 'PREVIOUS_OWNER_COOLDOWN' || code === 'NEW_ENTRY_COOLDOWN')) return holdMessage({ code, until: retryAt }, words, now);
  if (retryAt && code === 'DAILY_LIMIT_REACHED') return t('pool.claim.dailyLimitReopens', { date: claimDay(retryAt, words, now) });
  if (code === 'HOLDING_CAP_REACHED') return t('pool.claim.capReached');
  if (code === 'NOT_VISIBLE') return t('pool.claim.notVisible');
  const errorKey = `error.${code}`;
  if (code && t.has(errorKey)) return t(errorKey);
  return t('pool.claim.refused');
}

/** Why a card's Claim button and its checkbox are disabled (null = enabled). */
export interface ClaimBlock {
  claim: string | null;
  select: string | null;
}

/**
 * A card's claim and selection, known before trying: its cooldown, the viewer's room, and (for
 * the checkbox) how many are already ticked — a rep cannot tick more customers than they may claim.
 */
export function claimBlock(
  hold: ClaimHold | null | undefined,
  room: ClaimRoom,
  ticked: number,
  isTicked: boolean,
  words: ClaimWords,
  now: Date = new Date(),
): ClaimBlock {
  if (hold) {
    const why = holdMessage(hold, words, now);
    return { claim: why, select: isTicked ? null : why };
  }
  if (room.left === 0) return { claim: room.reason, select: isTicked ? null : room.reason };
  if (!isTicked && ticked >= room.left) {
    return { claim: null, select: words.t('pool.claim.tickLimit', { left: room.left, ticked }) };
  }
  return { claim: null, select: null };
}
