import type { InputFields } from '../../shared/graphql/input-fields';
import type { AnalyticsBucket, AnalyticsRangePreset, PoolAnalyticsInput } from './analytics-types';

/** What the page's controls hold; dates are kept while another preset is chosen, and sent only with CUSTOM. */
export type AnalyticsValues = { preset: AnalyticsRangePreset; bucket: AnalyticsBucket } & InputFields<
  PoolAnalyticsInput,
  'from' | 'to' | 'departmentId' | 'repId' | 'tier' | 'source' | 'industry' | 'regionId'
>;

export const DEFAULT_ANALYTICS_VALUES: AnalyticsValues = { preset: 'LAST_30_DAYS', bucket: 'DAY' };

export const FILTER_KEYS = ['departmentId', 'repId', 'tier', 'source', 'industry', 'regionId'] as const;

/** The query's input: empty filters left out, dates only for a custom range. */
export function toAnalyticsInput(values: AnalyticsValues): PoolAnalyticsInput {
  const input: PoolAnalyticsInput = { preset: values.preset, bucket: values.bucket };
  if (values.preset === 'CUSTOM') {
    if (values.from) input.from = values.from;
    if (values.to) input.to = values.to;
  }
  for (const key of FILTER_KEYS) if (values[key]) input[key] = values[key];
  return input;
}

/** A custom range is asked for once both its dates are chosen; the server judges the rest (order, length). */
export function isIncomplete(values: AnalyticsValues): boolean {
  return values.preset === 'CUSTOM' && (!values.from || !values.to);
}

export function activeFilters(values: AnalyticsValues): number {
  return FILTER_KEYS.filter((key) => values[key]).length;
}

/** Applies a patch; `undefined` removes a filter. Unchanged values keep their identity, so nothing refetches. */
export function mergeValues(current: AnalyticsValues, patch: Partial<AnalyticsValues>): AnalyticsValues {
  const next: Record<string, unknown> = { ...current, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return JSON.stringify(next) === JSON.stringify(current) ? current : (next as unknown as AnalyticsValues);
}
