import type { Translate } from '../../i18n/translator';
import type { AnalyticsBucket, AnalyticsRangePreset, CohortKind, PoolFlowBucket } from './analytics-types';

/*
 * The words for the page's codes and charts, from the catalogue's "analytics." area. Each chart's
 * title and definition (docs/managers-desk.md) is a key named after the chart.
 */

export type ChartName =
  | 'stock'
  | 'flows'
  | 'reasons'
  | 'frequency'
  | 'conversion'
  | 'boomerangByRep'
  | 'boomerangBySource'
  | 'dwell'
  | 'deadStock'
  | 'churnLoops';

/** Both boomerang charts count the same thing, so they share one definition. */
export type DefinitionName = Exclude<ChartName, 'boomerangByRep' | 'boomerangBySource'> | 'boomerang';

/** The flow chart's series: each bucket field with a name of its own. */
export type FlowSeries = keyof Pick<
  PoolFlowBucket,
  'stockAtEnd' | 'recycledNoFollowUp' | 'recycledNoDeal' | 'returned' | 'released' | 'imported' | 'claimed' | 'assigned' | 'inflow' | 'outflow' | 'netFlow'
>;

export function chartTitle(chart: ChartName, t: Translate): string {
  return t(`analytics.chart.${chart}`);
}

/** How a chart's number is defined, for its (i) tooltip. */
export function chartDefinition(definition: DefinitionName, t: Translate): string {
  return t(`analytics.definition.${definition}`);
}

export function seriesName(series: FlowSeries, t: Translate): string {
  return t(`analytics.series.${series}`);
}

export function presetName(preset: AnalyticsRangePreset, t: Translate): string {
  return t(`analytics.preset.${preset}`);
}

export function bucketName(bucket: AnalyticsBucket, t: Translate): string {
  return t(`analytics.bucket.${bucket}`);
}

export function cohortKindName(kind: CohortKind, t: Translate): string {
  return t(`analytics.cohortKind.${kind}`);
}
