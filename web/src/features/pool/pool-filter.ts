import type { PoolEntryKind, PoolFilter } from '../../gql/graphql';
import type { InputFields } from '../../shared/graphql/input-fields';

export type { PoolEntryKind };
export const POOL_ENTRY_KINDS = ['RECYCLED', 'RETURNED', 'RELEASED'] as const satisfies readonly PoolEntryKind[];

/** "Time in pool" choices; each names a window relative to the moment it is chosen. */
export const TIME_IN_POOL_CHOICES = ['LAST_DAY', 'LAST_WEEK', 'OVER_WEEK', 'OVER_MONTH'] as const;
export type TimeInPool = (typeof TIME_IN_POOL_CHOICES)[number];

/**
 * The API's `PoolFilter`; its `text` matches name, tags, industry, source or region. The pool
 * filters only on what it shows, so owner and status (hidden there) are not among its fields.
 */
export type PoolFilterInput = InputFields<PoolFilter>;

/** What the filter bar shows: the same filters, with how long ago customers entered as a choice rather than instants. */
export type PoolFilterValues = Omit<PoolFilterInput, 'enteredBefore' | 'enteredAfter'> & { timeInPool?: TimeInPool };

const DAY_MS = 86_400_000;

/** Arrived within the window (enteredAfter), or has waited longer than it (enteredBefore). */
const WINDOWS: Record<TimeInPool, { days: number; side: 'enteredAfter' | 'enteredBefore' }> = {
  LAST_DAY: { days: 1, side: 'enteredAfter' },
  LAST_WEEK: { days: 7, side: 'enteredAfter' },
  OVER_WEEK: { days: 7, side: 'enteredBefore' },
  OVER_MONTH: { days: 30, side: 'enteredBefore' },
};

/**
 * The bar's values as the API reads them. "Time in pool" becomes an instant computed from the
 * viewer's clock at `now`: the server compares it with each customer's latest pool entry.
 */
export function toPoolFilterInput(values: PoolFilterValues, now: Date): PoolFilterInput {
  const { timeInPool, ...rest } = values;
  const input: PoolFilterInput = { ...rest };
  if (timeInPool) {
    const { days, side } = WINDOWS[timeInPool];
    input[side] = new Date(now.getTime() - days * DAY_MS).toISOString();
  }
  return input;
}

/** Filters set besides the search text: the number on the phone's Filters button. */
export function activeFilterCount(values: PoolFilterValues): number {
  return Object.entries(values).filter(([key, value]) => key !== 'text' && value !== undefined).length;
}
