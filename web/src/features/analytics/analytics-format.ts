import type { Formatter } from '../../i18n/formatter';
import type { Translate } from '../../i18n/translator';
import type { AnalyticsBucket } from './analytics-types';

/** A bucket on an axis: its first day ("22 Nov"), or its month ("Nov 2026") for monthly buckets. */
export function bucketLabel(start: string, bucket: AnalyticsBucket, fmt: Formatter): string {
  return fmt.calendarShort(start, bucket === 'MONTH' ? 'month' : 'day');
}

/** At most `n` entries, the largest first by `value`: a chart of 200 reps is unreadable, the CSV keeps them all. */
export function largest<T>(items: readonly T[], value: (item: T) => number | null, n: number): T[] {
  return [...items].sort((a, b) => (value(b) ?? -1) - (value(a) ?? -1)).slice(0, n);
}

/**
 * What a return reason is called on the chart: the server counts returns by the reason's code, so
 * its label in the policy (admin-entered, shown as written); a code no longer in the policy shows
 * as itself, and '' (returns written before codes were kept) as "Not recorded".
 */
export function returnReasonName(code: string, labels: readonly { code: string; label: string }[], t: Translate): string {
  if (code === '') return t('analytics.reasonNotRecorded');
  return labels.find((r) => r.code === code)?.label ?? code;
}

/** Counts summed per name, largest first. */
export function groupCounts(rows: readonly { reason: string; count: number }[], name: (reason: string) => string): { name: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(name(row.reason), (sums.get(name(row.reason)) ?? 0) + row.count);
  return [...sums].map(([n, count]) => ({ name: n, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
