import { formatCalendarShort } from '../../shared/format/dates';
import type { AnalyticsBucket } from './analytics-types';

/** A bucket on an axis: its first day ("22 Nov"), or its month ("Nov 2026") for monthly buckets. */
export function bucketLabel(start: string, bucket: AnalyticsBucket): string {
  return formatCalendarShort(start, bucket === 'MONTH' ? 'month' : 'day');
}

/** At most `n` entries, the largest first by `value`: a chart of 200 reps is unreadable, the CSV keeps them all. */
export function largest<T>(items: readonly T[], value: (item: T) => number | null, n: number): T[] {
  return [...items].sort((a, b) => (value(b) ?? -1) - (value(a) ?? -1)).slice(0, n);
}
