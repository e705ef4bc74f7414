import { CUSTOMER_SOURCES_QUERY } from '../features/analytics/hooks/useAnalyticsOptions';
import { POOL_ANALYTICS_QUERY } from '../features/analytics/hooks/usePoolAnalytics';
import type { PoolAnalytics, PoolAnalyticsInput } from '../features/analytics/analytics-types';
import { RETURN_REASONS_QUERY } from '../features/pool/hooks/useReturnReasons';

const user = (id: string, name: string) => ({ __typename: 'User', id, name });

function bucket(start: string, stockAtEnd: number, claimed: number) {
  return {
    __typename: 'PoolFlowBucket',
    start, end: start, stockAtEnd,
    recycledNoFollowUp: 3, recycledNoDeal: 1, returned: 2, released: 0, imported: 1,
    claimed, assigned: 1,
    inflow: 7, outflow: claimed + 1, netFlow: 7 - claimed - 1,
  };
}

export function poolAnalytics(overrides: Partial<PoolAnalytics> = {}) {
  return {
    __typename: 'PoolAnalytics',
    from: '2026-11-01',
    to: '2026-11-03',
    timeZone: 'Asia/Shanghai',
    bucket: 'DAY',
    buckets: [bucket('2026-11-01', 120, 4), bucket('2026-11-02', 123, 5), bucket('2026-11-03', 125, 2)],
    returnReasons: [{ __typename: 'ReasonCount', reason: 'NO_BUDGET', count: 4 }, { __typename: 'ReasonCount', reason: 'OTHER', count: 2 }],
    recycleFrequency: [
      { __typename: 'RepRecycleFrequency', rep: user('u2', 'Li Wei'), recycles: 6, averageHoldings: 40, frequency: 0.15 },
      { __typename: 'RepRecycleFrequency', rep: user('u3', 'Emma Novak'), recycles: 0, averageHoldings: 0, frequency: null },
    ],
    churnLoops: [{ __typename: 'ChurnLoopCustomer', customerId: 'c9', companyName: '上海远航物流有限公司', recycles: 4, inPool: true }],
    conversion: [
      { __typename: 'ConversionCohort', start: '2026-11-01', end: '2026-11-01', kind: 'CLAIMED', size: 10,
        wonWithin30Days: 0.2, wonWithin60Days: null, wonWithin90Days: null, activatedWithin48Hours: 0.7 },
      { __typename: 'ConversionCohort', start: '2026-11-01', end: '2026-11-01', kind: 'ASSIGNED', size: 4,
        wonWithin30Days: null, wonWithin60Days: null, wonWithin90Days: null, activatedWithin48Hours: 0.5 },
    ],
    boomerangByRep: [{ __typename: 'BoomerangRate', rep: user('u2', 'Li Wei'), source: null, moves: 8, back: 2, rate: 0.25 }],
    boomerangBySource: [{ __typename: 'BoomerangRate', rep: null, source: 'Trade fair, Shanghai', moves: 5, back: 1, rate: 0.2 }],
    dwell: { __typename: 'DwellTime', exits: 11, medianDays: 12.5, p90Days: 48 },
    deadStock: { __typename: 'DeadStock', poolSize: 125, dead: 25, share: 0.2 },
    ...overrides,
  };
}

export function poolAnalyticsMock(input: PoolAnalyticsInput, result: object = poolAnalytics()) {
  return { request: { query: POOL_ANALYTICS_QUERY, variables: { input } }, result: { data: { poolAnalytics: result } }, maxUsageCount: 1 };
}

export const sourcesMock = () => ({
  request: { query: CUSTOMER_SOURCES_QUERY },
  result: { data: { sources: ['Trade fair, Shanghai', 'Website'] } },
  maxUsageCount: 10,
});

export const returnReasonsMock = () => ({
  request: { query: RETURN_REASONS_QUERY },
  result: {
    data: {
      returnReasons: [
        { __typename: 'ReturnReason', code: 'NO_BUDGET', label: 'No budget this year', noteRequired: false },
        { __typename: 'ReturnReason', code: 'OTHER', label: 'Other', noteRequired: true },
      ],
    },
  },
  maxUsageCount: 10,
});
