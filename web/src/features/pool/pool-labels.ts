import type { AssignmentStrategy } from '@berth/domain';
import type { PoolEntryKind, TimeInPool } from './pool-filter';

export const ENTRY_KIND_LABELS: Record<PoolEntryKind, string> = {
  RECYCLED: 'Recycled',
  RETURNED: 'Returned',
  RELEASED: 'Released',
};

/** How each kind came about, for the history timeline. */
export const ENTRY_KIND_DESCRIPTIONS: Record<PoolEntryKind, string> = {
  RECYCLED: 'Recycled by the rules',
  RETURNED: 'Returned by its owner',
  RELEASED: 'Released by a manager',
};

export const TIME_IN_POOL_LABELS: Record<TimeInPool, string> = {
  LAST_DAY: 'Arrived in the last 24 hours',
  LAST_WEEK: 'Arrived in the last 7 days',
  OVER_WEEK: 'In the pool over 7 days',
  OVER_MONTH: 'In the pool over 30 days',
};

export const STRATEGY_LABELS: Record<AssignmentStrategy, { label: string; explanation: string }> = {
  ROUND_ROBIN: { label: 'Round-robin', explanation: 'The chosen reps take turns, one customer each, in the order chosen.' },
  FEWEST_HELD_FIRST: { label: 'Fewest held first', explanation: 'Each customer goes to whichever chosen rep holds the fewest customers.' },
};

/** Assignment refusals in a manager's words; the server's sentence wins when it gives one. */
const ASSIGN_REFUSALS: Record<string, string> = {
  NOT_VISIBLE: 'No longer in the pool, or outside your team.',
  ALREADY_OWNED: 'Someone already owns it.',
  HOLDING_CAP_REACHED: 'The rep already holds as many customers as they may.',
};

export function assignRefusalMessage(result: { code: string | null; message: string | null }): string {
  return result.message || (result.code && ASSIGN_REFUSALS[result.code]) || 'This customer could not be assigned.';
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

/**
 * A pool entry's or ownership event's reason as a sentence: the server writes "returned: Not a
 * fit — note" or "recycled: no valid follow-up for 30 days"; the kind beside it already says
 * returned or recycled, so the prefix goes and the rest starts with a capital.
 */
export function reasonText(reason: string): string {
  const rest = reason.replace(/^(returned|recycled|released):\s*/i, '').trim();
  return rest ? rest.charAt(0).toLocaleUpperCase() + rest.slice(1) : reason;
}
