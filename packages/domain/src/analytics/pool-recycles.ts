import { addTeamDays } from '../pool/team-time';
import type { AnalyticsBucketSpan, AnalyticsRange } from './pool-range';
import type { PoolMove } from './pool-flows';
import { inRepScope, type AnalyticsCustomer, type PoolHistory, type RepScope } from './pool-history';

export interface RepRecycleFrequency {
  repId: number;
  recycles: number;
  averageHoldings: number;
  /** Recycles ÷ average holdings; null when the rep held nothing on average. */
  frequency: number | null;
}

/** The reps listed: those with the most recycles in the range (a chart shows no more). */
export const RECYCLE_FREQUENCY_MAX_REPS = 50;

export const CHURN_LOOP = { minRecycles: 3, windowDays: 365, maxListed: 100 } as const;

function isRecycle(m: PoolMove): boolean {
  return m.kind === 'recycledNoFollowUp' || m.kind === 'recycledNoDeal';
}

/** The instants holdings are sampled at: each bucket's end, or now for a bucket still running. */
export function holdingSamples(buckets: readonly Pick<AnalyticsBucketSpan, 'endAt'>[], now: Date): (Date | null)[] {
  return buckets.map((b) => (b.endAt.getTime() > now.getTime() ? null : b.endAt));
}

/**
 * Per rep with a recycle in the range (the 50 with the most): recycles from the rep ÷ the rep's average holdings,
 * holdings sampled at each bucket end as the customers owned now with every owner change since
 * undone (customers the filter keeps).
 */
export function recycleFrequency(
  history: Pick<PoolHistory, 'events'>,
  moves: readonly PoolMove[],
  range: Pick<AnalyticsRange, 'buckets' | 'startAt' | 'endAt'>,
  now: Date,
  scope: RepScope,
  kept: ReadonlyMap<number, AnalyticsCustomer>,
): RepRecycleFrequency[] {
  const counted = new Map<number, number>();
  for (const m of moves) {
    if (!isRecycle(m) || m.repId === null || m.at < range.startAt || m.at >= range.endAt) continue;
    if (!kept.has(m.customerId) || !inRepScope(scope, m.repId)) continue;
    counted.set(m.repId, (counted.get(m.repId) ?? 0) + 1);
  }
  const recycles = mostRecycles(counted);
  const samples = holdingSamples(range.buckets, now);
  const owned = new Map<number, number>();
  for (const c of kept.values()) if (c.ownerId !== null && recycles.has(c.ownerId)) owned.set(c.ownerId, (owned.get(c.ownerId) ?? 0) + 1);
  const sums = new Map<number, number>();
  for (const repId of recycles.keys()) sums.set(repId, (owned.get(repId) ?? 0) * samples.length);
  for (const e of history.events) {
    if (!kept.has(e.customerId) || e.at > now) continue;
    // An event at or after a sample is undone from it: a gain lowers, a loss raises the holdings there.
    const after = samples.filter((s) => s !== null && e.at >= s).length;
    if (!after) continue;
    if (e.toUserId !== null && sums.has(e.toUserId)) sums.set(e.toUserId, sums.get(e.toUserId)! - after);
    if (e.fromUserId !== null && sums.has(e.fromUserId)) sums.set(e.fromUserId, sums.get(e.fromUserId)! + after);
  }
  return sortFrequencies([...recycles].map(([repId, n]) => finishRecycleFrequency(repId, n, sums.get(repId)!, samples.length)));
}

/** The reps with the most recycles (ties by id), at most RECYCLE_FREQUENCY_MAX_REPS. */
export function mostRecycles(recycles: ReadonlyMap<number, number>): Map<number, number> {
  const top = [...recycles].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, RECYCLE_FREQUENCY_MAX_REPS);
  return new Map(top);
}

export function finishRecycleFrequency(repId: number, recycles: number, holdingsSum: number, samples: number): RepRecycleFrequency {
  const averageHoldings = samples ? holdingsSum / samples : 0;
  return { repId, recycles, averageHoldings, frequency: averageHoldings > 0 ? recycles / averageHoldings : null };
}

export function sortFrequencies(rows: RepRecycleFrequency[]): RepRecycleFrequency[] {
  return rows.sort((a, b) => b.recycles - a.recycles || a.repId - b.repId);
}

export interface ChurnLoopCustomer {
  customerId: number;
  recycles: number;
  inPool: boolean;
}

/** The window churn loops are counted in: the 365 team days before the range's end. */
export function churnWindow(range: Pick<AnalyticsRange, 'endAt' | 'timeZone'>): { startAt: Date; endAt: Date } {
  return { startAt: addTeamDays(range.endAt, -CHURN_LOOP.windowDays, range.timeZone), endAt: range.endAt };
}

/**
 * Customers recycled 3 or more times in the 365 days before the range's end (recycles from the
 * scope's reps), that the viewer may see; most recycled first, at most 100.
 */
export function churnLoops(
  moves: readonly PoolMove[],
  range: Pick<AnalyticsRange, 'endAt' | 'timeZone'>,
  scope: RepScope,
  kept: ReadonlyMap<number, AnalyticsCustomer>,
  maySee: (c: AnalyticsCustomer) => boolean,
): ChurnLoopCustomer[] {
  const window = churnWindow(range);
  const counts = new Map<number, number>();
  for (const m of moves) {
    if (!isRecycle(m) || m.at < window.startAt || m.at >= window.endAt) continue;
    if (!kept.has(m.customerId) || !inRepScope(scope, m.repId)) continue;
    counts.set(m.customerId, (counts.get(m.customerId) ?? 0) + 1);
  }
  const rows: ChurnLoopCustomer[] = [];
  for (const [customerId, recycles] of counts) {
    const c = kept.get(customerId)!;
    if (recycles >= CHURN_LOOP.minRecycles && maySee(c)) rows.push({ customerId, recycles, inPool: c.ownerId === null });
  }
  return sortChurnLoops(rows).slice(0, CHURN_LOOP.maxListed);
}

export function sortChurnLoops(rows: ChurnLoopCustomer[]): ChurnLoopCustomer[] {
  return rows.sort((a, b) => b.recycles - a.recycles || a.customerId - b.customerId);
}
