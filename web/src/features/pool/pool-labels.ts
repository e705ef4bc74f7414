import { ERROR_CODES, isErrorCode } from '@berth/domain';
import type { ClaimResult } from './hooks/useClaimCustomers';

export const ENTRY_KIND_LABELS: Record<string, string> = {
  RECYCLED: 'Recycled',
  RETURNED: 'Returned',
  RELEASED: 'Released',
};

/** The server's own sentence for a refusal (it names the wait or the limit); the code table otherwise. */
export function claimRefusalMessage(result: Pick<ClaimResult, 'code' | 'message'>): string {
  if (result.message) return result.message;
  if (isErrorCode(result.code)) return ERROR_CODES[result.code].defaultMessage;
  return 'This customer could not be claimed.';
}

/** "3 days in the pool", "in the pool for 5 hours", from whole units only. */
export function timeInPool(enteredAt: string, now: Date): string {
  const ms = Math.max(0, now.getTime() - new Date(enteredAt).getTime());
  const days = Math.floor(ms / 86_400_000);
  if (days >= 1) return `${days} ${days === 1 ? 'day' : 'days'} in the pool`;
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 1) return `${hours} ${hours === 1 ? 'hour' : 'hours'} in the pool`;
  return 'Just entered the pool';
}
