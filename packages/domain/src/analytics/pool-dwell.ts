import { addTeamDays, DAY_MS } from '../pool/team-time';
import type { AnalyticsRange } from './pool-range';
import { eventsByCustomer } from './pool-cohorts';
import type { AnalyticsCustomer, PoolHistory } from './pool-history';

export const DEAD_STOCK_DAYS = 90;

export interface DwellTime {
  exits: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface DeadStock {
  poolSize: number;
  dead: number;
  share: number | null;
}

/**
 * Days in the pool of the stays that ended in the range (company-wide, customers the filter
 * keeps): from the event that put the customer in the pool to the claim or assignment that took
 * it out. An exit whose previous event did not put the customer in the pool (history from before
 * the trail) is left out. Days are exact (hours ÷ 24).
 */
export function dwellDays(history: Pick<PoolHistory, 'events'>, range: Pick<AnalyticsRange, 'startAt' | 'endAt'>, kept: ReadonlyMap<number, AnalyticsCustomer>): number[] {
  const days: number[] = [];
  for (const [customerId, list] of eventsByCustomer(history.events)) {
    if (!kept.has(customerId)) continue;
    list.forEach((e, i) => {
      if ((e.kind !== 'CLAIMED' && e.kind !== 'ASSIGNED') || e.at < range.startAt || e.at >= range.endAt) return;
      const entered = list[i - 1];
      if (entered && entered.toUserId === null) days.push((e.at.getTime() - entered.at.getTime()) / DAY_MS);
    });
  }
  return days;
}

export function dwellTime(days: readonly number[]): DwellTime {
  const sorted = [...days].sort((a, b) => a - b);
  return { exits: sorted.length, medianDays: percentile(sorted, 0.5), p90Days: percentile(sorted, 0.9) };
}

/** Linear interpolation between closest ranks: PostgreSQL's percentile_cont. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const r = percentileRanks(sorted.length, p);
  return interpolateRanks(r, sorted[r.lo], sorted[r.hi]);
}

export interface PercentileRanks {
  /** 0-based ranks of the two values the percentile lies between (equal when it falls on one). */
  lo: number;
  hi: number;
  /** How far from the lower value toward the higher one. */
  fraction: number;
}

/** Which ranks of `count` sorted values the p-th percentile reads: a reader that fetches only those two values. */
export function percentileRanks(count: number, p: number): PercentileRanks {
  const pos = p * (count - 1);
  const lo = Math.floor(pos);
  return { lo, hi: Math.ceil(pos), fraction: pos - lo };
}

export function interpolateRanks(r: PercentileRanks, loValue: number, hiValue: number): number {
  return loValue + (hiValue - loValue) * r.fraction;
}

/** The instant dead stock is measured at: the range's end, or now if that is earlier. */
export function deadStockAt(range: Pick<AnalyticsRange, 'endAt'>, now: Date): Date {
  return range.endAt < now ? range.endAt : now;
}

/**
 * Of the pool at the range's end (or now, if earlier; `poolSize` is the last bucket's stock), the
 * customers whose last event before then put them in the pool 90 team days or more earlier
 * (company-wide, customers the filter keeps).
 */
export function deadStock(
  history: Pick<PoolHistory, 'events'>,
  range: Pick<AnalyticsRange, 'endAt' | 'timeZone'>,
  now: Date,
  poolSize: number,
  kept: ReadonlyMap<number, AnalyticsCustomer>,
): DeadStock {
  const cutoff = addTeamDays(deadStockAt(range, now), -DEAD_STOCK_DAYS, range.timeZone);
  let dead = 0;
  for (const [customerId, list] of eventsByCustomer(history.events)) {
    if (!kept.has(customerId)) continue;
    let last = null;
    for (const e of list) if (e.at < range.endAt && e.at <= now) last = e;
    if (last && last.toUserId === null && last.at <= cutoff) dead++;
  }
  return finishDeadStock(poolSize, dead);
}

export function finishDeadStock(poolSize: number, dead: number): DeadStock {
  return { poolSize, dead, share: poolSize > 0 ? dead / poolSize : null };
}
