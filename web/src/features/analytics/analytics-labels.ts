import type { AnalyticsBucket, AnalyticsRangePreset, CohortKind } from './analytics-types';

/** Every user-facing string of the Pool analytics page, in one place for the message catalogue (issue #11). */
export const ANALYTICS_LABELS = {
  title: 'Pool analytics',
  subtitle: 'How customers flow through the public pool: what comes in, what goes out, and what becomes of claims.',
  forManagers: 'Pool analytics are for managers and admins.',
  range: 'Range',
  from: 'From',
  to: 'To',
  bucket: 'Per',
  filters: 'Filters',
  clearFilters: 'Clear filters',
  department: 'Department',
  everyone: 'Everyone you can see',
  rep: 'Rep',
  tier: 'Tier',
  source: 'Source',
  industry: 'Industry',
  region: 'Region',
  any: 'Any',
  chooseDates: 'Choose both dates for a custom range.',
  rangeCaption: (from: string, to: string, timeZone: string) => `${from} – ${to} · days in ${timeZone}`,
  exportCsv: 'Export CSV',
  exportCsvOf: (chart: string) => `Export “${chart}” as CSV`,
  howDefined: (chart: string) => `How “${chart}” is defined`,
  noData: 'Nothing in this range.',
  allTooYoung: 'Every cohort in this range is younger than 30 days: choose a longer or earlier range to see wins.',
  boomerangTooYoung: 'No claim or assignment in this range is 30 days old yet: choose a longer or earlier range.',
  // Chart titles
  stock: 'Pool stock',
  flows: 'Inflow and outflow',
  reasons: 'Return reasons',
  frequency: 'Recycle frequency per rep',
  conversion: 'Conversion cohorts',
  boomerangByRep: 'Boomerang rate by rep',
  boomerangBySource: 'Boomerang rate by source',
  dwell: 'Dwell time',
  deadStock: 'Dead stock',
  churnLoops: 'Churn loops',
  // Series and columns
  stockAtEnd: 'In the pool at the end',
  recycledNoFollowUp: 'Recycled: no valid follow-up',
  recycledNoDeal: 'Recycled: no deal',
  returned: 'Returned',
  released: 'Released by a manager',
  imported: 'Imported',
  claimed: 'Claimed',
  assigned: 'Assigned',
  inflow: 'Inflow',
  outflow: 'Outflow',
  netFlow: 'Net flow',
  bucketStart: 'Start',
  bucketEnd: 'End',
  reason: 'Reason',
  count: 'Count',
  recycles: 'Recycles',
  averageHoldings: 'Average holdings',
  frequencyColumn: 'Recycles per customer held',
  cohort: 'Cohort',
  kind: 'Series',
  size: 'Size',
  won30: 'Won ≤ 30 days',
  won60: 'Won ≤ 60 days',
  won90: 'Won ≤ 90 days',
  activated: 'Activated ≤ 48 h',
  tooYoung: 'Too young to count yet',
  moves: 'Claims and assignments',
  back: 'Back in the pool ≤ 30 days',
  rate: 'Rate',
  noSource: '(no source)',
  exits: 'Customers that left',
  median: 'Median days in the pool',
  p90: '90th percentile',
  poolSize: 'In the pool',
  dead: 'In it 90 days or more',
  share: 'Share',
  company: 'Customer',
  inPool: 'In the pool now',
  owned: 'Owned',
  recycledTimes: (n: string) => `recycled ${n}×`,
  days: (n: string) => `${n} days`,
  deadOf: (dead: string, size: string) => `${dead} of ${size} pool customers`,
  exitsCaption: (n: string) => `over ${n} customers that left the pool`,
} as const;

export const PRESET_LABELS: Record<AnalyticsRangePreset, string> = {
  TODAY: 'Today',
  LAST_7_DAYS: 'Last 7 days',
  LAST_30_DAYS: 'Last 30 days',
  LAST_90_DAYS: 'Last 90 days',
  CUSTOM: 'Custom',
};

export const BUCKET_LABELS: Record<AnalyticsBucket, string> = { DAY: 'Day', WEEK: 'Week', MONTH: 'Month' };

export const COHORT_KIND_LABELS: Record<CohortKind, string> = { CLAIMED: 'Claimed', ASSIGNED: 'Assigned' };

/** How each chart's number is defined (docs/managers-desk.md), for its (i) tooltip. */
export const CHART_DEFINITIONS = {
  stock: 'Customers in the pool at the end of each bucket (now, for a bucket still running). Company-wide: the department and rep filters do not apply; tier, source, industry and region do.',
  flows:
    'Inflow: events that put a customer into the pool, by kind — recycled for no valid follow-up, recycled for no deal (a recycle for both counts as no valid follow-up), returned, released by a manager, imported. Outflow: claims and assignments out of the pool. Net flow is inflow − outflow per bucket.',
  reasons: 'Returns to the pool in the range by the reps in scope, by the reason they gave (one bar per reason, notes left out).',
  frequency:
    'Per rep with a recycle in the range (the 50 with the most): recycles ÷ the rep’s average holdings over the range, sampled at each bucket end. Empty when the rep held nothing. The chart shows the 15 highest; the CSV has them all.',
  conversion:
    'Cohorts by the bucket of the claim (assignments a separate series): the share that reached WON within 30, 60 and 90 team days while the receiver still owned them. A cell stays empty until the bucket’s end is that many days past. Activation: the share whose receiver logged a valid follow-up within 48 hours.',
  boomerang:
    'Claims and assignments in the range whose customer was back in the pool within 30 team days. Only moves at least 30 team days old count.',
  dwell: 'Company-wide: for claims and assignments in the range that took a customer out of the pool, the days it had waited there; median and 90th percentile.',
  deadStock: 'Company-wide: the share of the pool at the range’s end (or now) that has been in it for 90 team days or more.',
  churnLoops: 'Customers recycled 3 or more times in the 365 team days before the range’s end that you may see (in the pool or held in your scope); at most 100, most recycled first.',
} as const;
