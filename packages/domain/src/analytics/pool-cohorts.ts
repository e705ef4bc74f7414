import { addTeamDays, HOUR_MS } from '../pool/team-time';
import type { AnalyticsRange } from './pool-range';
import { bucketIndexAt } from './pool-flows';
import { inRepScope, type AnalyticsCustomer, type AnalyticsEvent, type PoolHistory, type RepScope } from './pool-history';

export type CohortKind = 'CLAIMED' | 'ASSIGNED';
export const CONVERSION_DAYS = [30, 60, 90] as const;
export const ACTIVATION_HOURS = 48;

export interface ConversionCohort {
  start: string;
  end: string;
  kind: CohortKind;
  size: number;
  /** Shares 0..1; null when the cohort is empty or not all of it is that old yet. */
  wonWithin30Days: number | null;
  wonWithin60Days: number | null;
  wonWithin90Days: number | null;
  activatedWithin48Hours: number | null;
}

/** What one claim or assignment came to: when it was won while still held, when it was first followed up. */
export interface CohortMember {
  bucket: number;
  kind: CohortKind;
  at: Date;
  /** The first WON while the receiver still owned the customer, or null. */
  wonAt: Date | null;
  /** The receiver's first counted follow-up at or after the move, or null. */
  firstFollowUpAt: Date | null;
}

/** Events of each customer in order: what "the next event" and "the previous event" mean. */
export function eventsByCustomer(events: readonly AnalyticsEvent[]): Map<number, AnalyticsEvent[]> {
  const byCustomer = new Map<number, AnalyticsEvent[]>();
  for (const e of events) {
    const list = byCustomer.get(e.customerId);
    if (list) list.push(e);
    else byCustomer.set(e.customerId, [e]);
  }
  return byCustomer;
}

/**
 * Claims and assignments in the range (to the scope's reps, customers the filter keeps), each
 * with what it came to. The receiver still owns the customer until the customer's next
 * ownership event of any kind (a recycle, return, transfer...): a WON after that is not theirs.
 */
export function cohortMembers(
  history: Pick<PoolHistory, 'events' | 'statusChanges' | 'followUps'>,
  range: Pick<AnalyticsRange, 'buckets'>,
  scope: RepScope,
  kept: ReadonlyMap<number, AnalyticsCustomer>,
): CohortMember[] {
  const byCustomer = eventsByCustomer(history.events);
  const wins = new Map<number, Date[]>();
  for (const s of history.statusChanges) if (s.status === 'WON') wins.set(s.customerId, [...(wins.get(s.customerId) ?? []), s.at]);
  const followUps = new Map<string, Date[]>();
  for (const f of history.followUps) {
    if (!f.counted || f.authorId === null) continue;
    const key = `${f.customerId}:${f.authorId}`;
    followUps.set(key, [...(followUps.get(key) ?? []), f.at]);
  }
  const members: CohortMember[] = [];
  for (const [customerId, list] of byCustomer) {
    if (!kept.has(customerId)) continue;
    list.forEach((e, i) => {
      if ((e.kind !== 'CLAIMED' && e.kind !== 'ASSIGNED') || !inRepScope(scope, e.toUserId)) return;
      const bucket = bucketIndexAt(range.buckets, e.at);
      if (bucket < 0) return;
      const ownedUntil = list[i + 1]?.at ?? null;
      const wonAt = earliest((wins.get(customerId) ?? []).filter((w) => w >= e.at && (ownedUntil === null || w < ownedUntil)));
      const firstFollowUpAt = earliest((followUps.get(`${customerId}:${e.toUserId}`) ?? []).filter((f) => f >= e.at));
      members.push({ bucket, kind: e.kind, at: e.at, wonAt, firstFollowUpAt });
    });
  }
  return members;
}

function earliest(dates: Date[]): Date | null {
  let best: Date | null = null;
  for (const d of dates) if (best === null || d < best) best = d;
  return best;
}

/** Per bucket and kind: the cohort's size and how many of it hit each mark. */
export interface CohortCounts {
  bucket: number;
  kind: CohortKind;
  size: number;
  won30: number;
  won60: number;
  won90: number;
  activated: number;
}

/** Counts each member against the marks: WON within N team days of the move, followed up within 48 hours. */
export function cohortCounts(members: readonly CohortMember[], timeZone: string): CohortCounts[] {
  const byKey = new Map<string, CohortCounts>();
  for (const m of members) {
    const key = `${m.bucket}:${m.kind}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { bucket: m.bucket, kind: m.kind, size: 0, won30: 0, won60: 0, won90: 0, activated: 0 }));
    c.size++;
    const wonBy = (days: number) => m.wonAt !== null && m.wonAt <= addTeamDays(m.at, days, timeZone);
    if (wonBy(30)) c.won30++;
    if (wonBy(60)) c.won60++;
    if (wonBy(90)) c.won90++;
    if (m.firstFollowUpAt !== null && m.firstFollowUpAt.getTime() <= m.at.getTime() + ACTIVATION_HOURS * HOUR_MS) c.activated++;
  }
  return [...byKey.values()];
}

/**
 * Cohorts by the bucket of the move, claims and assignments apart. A share for N days is given
 * only once the whole cohort is N team days old (the bucket's end + N days ≤ now); activation
 * (first counted follow-up by the receiver within 48 hours) once the bucket's end is 48 hours past.
 */
export function conversionCohorts(counts: readonly CohortCounts[], range: Pick<AnalyticsRange, 'buckets' | 'timeZone'>, now: Date): ConversionCohort[] {
  const byKey = new Map(counts.map((c) => [`${c.bucket}:${c.kind}`, c]));
  const cohorts: ConversionCohort[] = [];
  range.buckets.forEach((b, i) => {
    for (const kind of ['CLAIMED', 'ASSIGNED'] as const) {
      const c = byKey.get(`${i}:${kind}`);
      const size = c?.size ?? 0;
      const share = (oldEnough: boolean, hits: number) => (size && oldEnough ? hits / size : null);
      const wonShare = (days: number, hits: number) => share(addTeamDays(b.endAt, days, range.timeZone) <= now, hits);
      cohorts.push({
        start: b.start,
        end: b.end,
        kind,
        size,
        wonWithin30Days: wonShare(30, c?.won30 ?? 0),
        wonWithin60Days: wonShare(60, c?.won60 ?? 0),
        wonWithin90Days: wonShare(90, c?.won90 ?? 0),
        activatedWithin48Hours: share(b.endAt.getTime() + ACTIVATION_HOURS * HOUR_MS <= now.getTime(), c?.activated ?? 0),
      });
    }
  });
  return cohorts;
}
