import type { AnalyticsBucket, AnalyticsRangePreset, PoolAnalyticsQuery } from '../../gql/graphql';

/** The `poolAnalytics` contract (docs/managers-desk.md), as generated from schema.graphql. */
export type { AnalyticsBucket, AnalyticsRangePreset, CohortKind, PoolAnalyticsInput } from '../../gql/graphql';

export const RANGE_PRESETS: readonly AnalyticsRangePreset[] = ['TODAY', 'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'CUSTOM'];
export const BUCKETS: readonly AnalyticsBucket[] = ['DAY', 'WEEK', 'MONTH'];

export type PoolAnalytics = PoolAnalyticsQuery['poolAnalytics'];
export type PoolFlowBucket = PoolAnalytics['buckets'][number];
export type ConversionCohort = PoolAnalytics['conversion'][number];
/** A row of either boomerang chart: per rep, or per source (null = none recorded). */
export type BoomerangRate = PoolAnalytics['boomerangByRep'][number] | PoolAnalytics['boomerangBySource'][number];
