import type { AnalyticsRange } from './pool-range';
import { customersMatching, type AnalyticsCustomer, type CustomerDimensionFilter, type PoolHistory, type RepScope } from './pool-history';
import { poolFlowBuckets, poolMoves, returnReasons, type PoolFlowBucket, type ReasonCount } from './pool-flows';
import { churnLoops, recycleFrequency, type ChurnLoopCustomer, type RepRecycleFrequency } from './pool-recycles';
import { cohortCounts, cohortMembers, conversionCohorts, type ConversionCohort } from './pool-cohorts';
import { boomerangMoves, boomerangRates, type BoomerangRate } from './pool-boomerang';
import { deadStock, dwellDays, dwellTime, type DeadStock, type DwellTime } from './pool-dwell';

export interface PoolAnalyticsResult {
  from: string;
  to: string;
  timeZone: string;
  bucket: AnalyticsRange['bucket'];
  buckets: PoolFlowBucket[];
  returnReasons: ReasonCount[];
  recycleFrequency: RepRecycleFrequency[];
  churnLoops: ChurnLoopCustomer[];
  conversion: ConversionCohort[];
  boomerangByRep: BoomerangRate[];
  boomerangBySource: BoomerangRate[];
  dwell: DwellTime;
  deadStock: DeadStock;
}

export interface PoolAnalyticsRequest {
  range: AnalyticsRange;
  now: Date;
  /** Whose flows count (see analyticsRepScope). Stock, dwell and dead stock are company-wide. */
  scope: RepScope;
  dimensions: CustomerDimensionFilter;
  /** Whether the viewer may see a customer (churn loops list only those). */
  maySee: (c: AnalyticsCustomer) => boolean;
}

/** Every pool analytics number over a history: the definitions the server's SQL must match. */
export function poolAnalytics(history: PoolHistory, req: PoolAnalyticsRequest): PoolAnalyticsResult {
  const { range, now, scope } = req;
  const kept = customersMatching(history, req.dimensions);
  const moves = poolMoves(history);
  const buckets = poolFlowBuckets(moves, range, now, scope, kept);
  const boomerang = boomerangMoves(history, range, now, scope, kept);
  return {
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    bucket: range.bucket,
    buckets,
    returnReasons: returnReasons(moves, range, scope, kept),
    recycleFrequency: recycleFrequency(history, moves, range, now, scope, kept),
    churnLoops: churnLoops(moves, range, scope, kept, req.maySee),
    conversion: conversionCohorts(cohortCounts(cohortMembers(history, range, scope, kept), range.timeZone), range, now),
    boomerangByRep: boomerangRates(boomerang, 'rep'),
    boomerangBySource: boomerangRates(boomerang, 'source'),
    dwell: dwellTime(dwellDays(history, range, kept)),
    deadStock: deadStock(history, range, now, buckets[buckets.length - 1]?.stockAtEnd ?? 0, kept),
  };
}
