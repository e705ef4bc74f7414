/** Hand-written mirrors of the `poolAnalytics` contract (docs/managers-desk.md). */
export type AnalyticsRangePreset = 'TODAY' | 'LAST_7_DAYS' | 'LAST_30_DAYS' | 'LAST_90_DAYS' | 'CUSTOM';
export type AnalyticsBucket = 'DAY' | 'WEEK' | 'MONTH';

export const RANGE_PRESETS: readonly AnalyticsRangePreset[] = ['TODAY', 'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'CUSTOM'];
export const BUCKETS: readonly AnalyticsBucket[] = ['DAY', 'WEEK', 'MONTH'];

export interface PoolAnalyticsInput {
  preset: AnalyticsRangePreset;
  from?: string;
  to?: string;
  bucket: AnalyticsBucket;
  departmentId?: string;
  repId?: string;
  tier?: string;
  source?: string;
  industry?: string;
  regionId?: string;
}

interface PersonRef {
  __typename?: 'User';
  id: string;
  name: string;
}

export interface PoolFlowBucket {
  start: string;
  end: string;
  stockAtEnd: number;
  recycledNoFollowUp: number;
  recycledNoDeal: number;
  returned: number;
  released: number;
  imported: number;
  claimed: number;
  assigned: number;
  inflow: number;
  outflow: number;
  netFlow: number;
}

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface RepRecycleFrequency {
  rep: PersonRef;
  recycles: number;
  averageHoldings: number;
  frequency: number | null;
}

export interface ChurnLoopCustomer {
  customerId: string;
  companyName: string;
  recycles: number;
  inPool: boolean;
}

export type CohortKind = 'CLAIMED' | 'ASSIGNED';

export interface ConversionCohort {
  start: string;
  end: string;
  kind: CohortKind;
  size: number;
  wonWithin30Days: number | null;
  wonWithin60Days: number | null;
  wonWithin90Days: number | null;
  activatedWithin48Hours: number | null;
}

export interface BoomerangRate {
  rep: PersonRef | null;
  source: string | null;
  moves: number;
  back: number;
  rate: number | null;
}

export interface PoolAnalytics {
  from: string;
  to: string;
  timeZone: string;
  bucket: AnalyticsBucket;
  buckets: PoolFlowBucket[];
  returnReasons: ReasonCount[];
  recycleFrequency: RepRecycleFrequency[];
  churnLoops: ChurnLoopCustomer[];
  conversion: ConversionCohort[];
  boomerangByRep: BoomerangRate[];
  boomerangBySource: BoomerangRate[];
  dwell: { exits: number; medianDays: number | null; p90Days: number | null };
  deadStock: { poolSize: number; dead: number; share: number | null };
}
