import type { AnalyticsBucketSpan, AnalyticsRange } from './pool-range';
import { inRepScope, recycleCauseOf, type AnalyticsCustomer, type PoolHistory, type RepScope } from './pool-history';

export const INFLOW_KINDS = ['recycledNoFollowUp', 'recycledNoDeal', 'returned', 'released', 'imported'] as const;
export const OUTFLOW_KINDS = ['claimed', 'assigned'] as const;
export type FlowKind = (typeof INFLOW_KINDS)[number] | (typeof OUTFLOW_KINDS)[number];
export type FlowCounts = Record<FlowKind, number>;

export interface PoolFlowBucket extends FlowCounts {
  start: string;
  end: string;
  stockAtEnd: number;
  inflow: number;
  outflow: number;
  netFlow: number;
}

/** One move into or out of the pool, with the rep it is attributed to (null = nobody). */
export interface PoolMove {
  customerId: number;
  kind: FlowKind;
  repId: number | null;
  at: Date;
  /** A return's reason code (see AnalyticsPoolEntry). */
  reasonCode: string | null;
}

/**
 * Every move into or out of the pool. In: pool entries (a recycle by its cause, a return, a
 * release by a manager), attributed to the rep who lost the customer; a customer created
 * without an owner (an import), attributed to nobody. Out: claims and assignments (both only
 * ever take a customer from the pool), attributed to the rep who received it.
 */
export function poolMoves(history: Pick<PoolHistory, 'events' | 'poolEntries'>): PoolMove[] {
  const moves: PoolMove[] = [];
  for (const e of history.poolEntries) {
    if (e.kind === 'IMPORTED') continue; // imports count by their event below
    const kind: FlowKind = e.kind === 'RECYCLED' ? (recycleCauseOf(e.reason) === 'NO_VALID_FOLLOW_UP' ? 'recycledNoFollowUp' : 'recycledNoDeal') : e.kind === 'RETURNED' ? 'returned' : 'released';
    moves.push({ customerId: e.customerId, kind, repId: e.previousOwnerId, at: e.at, reasonCode: e.reasonCode });
  }
  for (const e of history.events) {
    if (e.kind === 'CLAIMED' || e.kind === 'ASSIGNED') moves.push({ customerId: e.customerId, kind: e.kind === 'CLAIMED' ? 'claimed' : 'assigned', repId: e.toUserId, at: e.at, reasonCode: null });
    else if ((e.kind === 'CREATED' || e.kind === 'IMPORTED') && e.toUserId === null) moves.push({ customerId: e.customerId, kind: 'imported', repId: null, at: e.at, reasonCode: null });
  }
  return moves;
}

export function isInflow(kind: FlowKind): boolean {
  return (INFLOW_KINDS as readonly string[]).includes(kind);
}

export function emptyCounts(): FlowCounts {
  return { recycledNoFollowUp: 0, recycledNoDeal: 0, returned: 0, released: 0, imported: 0, claimed: 0, assigned: 0 };
}

/** The bucket an instant falls in, or -1 outside the range. */
export function bucketIndexAt(buckets: readonly AnalyticsBucketSpan[], at: Date): number {
  const t = at.getTime();
  if (!buckets.length || t < buckets[0].startAt.getTime() || t >= buckets[buckets.length - 1].endAt.getTime()) return -1;
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (buckets[mid].startAt.getTime() <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Flows per bucket (the moves attributed to the scope's reps, of customers the filter keeps)
 * and the stock at each bucket's end. Stock is company-wide: the pool now, with every move
 * since the bucket's end undone. A bucket still running (its end after `now`) shows the pool now.
 */
export function poolFlowBuckets(
  moves: readonly PoolMove[],
  range: Pick<AnalyticsRange, 'buckets'>,
  now: Date,
  scope: RepScope,
  kept: ReadonlyMap<number, AnalyticsCustomer>,
): PoolFlowBucket[] {
  const counts = range.buckets.map(() => emptyCounts());
  for (const m of moves) {
    if (!kept.has(m.customerId) || !inRepScope(scope, m.repId)) continue;
    const i = bucketIndexAt(range.buckets, m.at);
    if (i >= 0) counts[i][m.kind]++;
  }
  const stocks = stockAtEnds(moves, range.buckets, now, kept);
  return range.buckets.map((b, i) => finishBucket(b, counts[i], stocks[i]));
}

export function finishBucket(b: Pick<AnalyticsBucketSpan, 'start' | 'end'>, c: FlowCounts, stockAtEnd: number): PoolFlowBucket {
  const inflow = c.recycledNoFollowUp + c.recycledNoDeal + c.returned + c.released + c.imported;
  const outflow = c.claimed + c.assigned;
  return { start: b.start, end: b.end, stockAtEnd, ...c, inflow, outflow, netFlow: inflow - outflow };
}

/** Customers in the pool at each bucket end (or now, for a bucket still running). */
export function stockAtEnds(moves: readonly PoolMove[], buckets: readonly AnalyticsBucketSpan[], now: Date, kept: ReadonlyMap<number, AnalyticsCustomer>): number[] {
  let poolNow = 0;
  for (const c of kept.values()) if (c.ownerId === null) poolNow++;
  return buckets.map((b) => {
    if (b.endAt.getTime() > now.getTime()) return poolNow;
    let stock = poolNow;
    for (const m of moves) {
      if (!kept.has(m.customerId) || m.at < b.endAt || m.at > now) continue;
      stock += isInflow(m.kind) ? -1 : 1;
    }
    return stock;
  });
}

export interface ReasonCount {
  /** The return reason's code; '' for returns written before codes were kept. */
  reason: string;
  count: number;
}

/**
 * Returns in the range by the reason the rep chose (its code: the label may be renamed, and the
 * rep's note is theirs, not a reason), most frequent first.
 */
export function returnReasons(moves: readonly PoolMove[], range: Pick<AnalyticsRange, 'startAt' | 'endAt'>, scope: RepScope, kept: ReadonlyMap<number, unknown>): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const m of moves) {
    if (m.kind !== 'returned' || m.at < range.startAt || m.at >= range.endAt) continue;
    if (!kept.has(m.customerId) || !inRepScope(scope, m.repId)) continue;
    counts.set(m.reasonCode ?? '', (counts.get(m.reasonCode ?? '') ?? 0) + 1);
  }
  return sortReasons([...counts].map(([reason, count]) => ({ reason, count })));
}

export function sortReasons(rows: ReasonCount[]): ReasonCount[] {
  return rows.sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}
