import { ERROR_CODES, isErrorCode } from '@berth/domain';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import type { ClaimQuota } from './hooks/useClaimQuota';

/** A cooldown on one pool customer for the viewer (PoolCustomer.claimHold). */
export interface ClaimHold {
  __typename?: 'ClaimHold';
  code: string;
  until: string;
}

/** How many more customers the viewer's quotas let them claim now, and why none when none. */
export interface ClaimRoom {
  left: number;
  reason: string | null;
}

/** Room under the holding cap and the daily limit; the cap first, as the claim rule checks it (it needs a return to clear). */
export function claimRoom(quota: ClaimQuota | undefined): ClaimRoom {
  if (!quota) return { left: Number.POSITIVE_INFINITY, reason: null };
  const underCap = quota.holdingCap - quota.holdings;
  const today = quota.dailyLimit - quota.claimedToday;
  if (underCap <= 0) return { left: 0, reason: 'You hold as many customers as you may: return one to claim again.' };
  if (today <= 0) return { left: 0, reason: `You have made all ${quota.dailyLimit} claims for today.` };
  return { left: Math.min(underCap, today), reason: null };
}

/** A cooldown in the viewer's words, with the one date format. */
export function holdMessage(hold: ClaimHold): string {
  if (hold.code === 'PREVIOUS_OWNER_COOLDOWN') return `You held this customer until recently: you can claim it again on ${formatDate(hold.until)}.`;
  if (hold.code === 'NEW_ENTRY_COOLDOWN') return `Just entered the pool: it can be claimed from ${formatDateTime(hold.until)}.`;
  return `You can claim this customer from ${formatDateTime(hold.until)}.`;
}

/** A refused claim in the viewer's words: the time it would pass from (if time alone clears it) in the one date format. */
export function refusalMessage(result: { code: string | null; message: string | null; retryAt?: string | null }): string {
  if (result.retryAt && (result.code === 'PREVIOUS_OWNER_COOLDOWN' || result.code === 'NEW_ENTRY_COOLDOWN')) return holdMessage({ code: result.code, until: result.retryAt });
  if (result.retryAt && result.code === 'DAILY_LIMIT_REACHED') return `No claims left today: they reopen ${formatDateTime(result.retryAt)}.`;
  if (result.message) return result.message;
  if (isErrorCode(result.code)) return ERROR_CODES[result.code].defaultMessage;
  return 'This customer could not be claimed.';
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
export function claimBlock(hold: ClaimHold | null | undefined, room: ClaimRoom, ticked: number, isTicked: boolean): ClaimBlock {
  if (hold) {
    const why = holdMessage(hold);
    return { claim: why, select: isTicked ? null : why };
  }
  if (room.left === 0) return { claim: room.reason, select: isTicked ? null : room.reason };
  if (!isTicked && ticked >= room.left) {
    return { claim: null, select: `You can claim ${room.left} more ${room.left === 1 ? 'customer' : 'customers'} now, and ${ticked} ${ticked === 1 ? 'is' : 'are'} ticked.` };
  }
  return { claim: null, select: null };
}
