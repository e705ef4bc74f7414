import { describe, expect, it } from 'vitest';
import {
  analyticsRange,
  analyticsRepScope,
  BerthError,
  poolAnalytics,
  recycleCauseOf,
  recycleReasonText,
  type AnalyticsCustomer,
  type AnalyticsEvent,
  type AnalyticsPoolEntry,
  type PoolHistory,
  type RepScope,
} from '../src';

const TZ = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

/** A tiny history builder: each move writes its event (and pool entry) as the server does. */
function history() {
  const h: { events: AnalyticsEvent[]; poolEntries: AnalyticsPoolEntry[]; statusChanges: PoolHistory['statusChanges'][number][]; followUps: PoolHistory['followUps'][number][]; customers: AnalyticsCustomer[] } = {
    events: [],
    poolEntries: [],
    statusChanges: [],
    followUps: [],
    customers: [],
  };
  const owner = (id: number) => h.customers.find((c) => c.id === id)!;
  const api = {
    h,
    customer(id: number, ownerId: number | null, when: string, dims: Partial<AnalyticsCustomer> = {}) {
      h.customers.push({ id, ownerId, tierCode: 'A', source: 'web', industry: null, regionId: null, ...dims });
      h.events.push({ customerId: id, kind: 'CREATED', fromUserId: null, toUserId: ownerId, at: at(when) });
      return api;
    },
    move(id: number, kind: 'CLAIMED' | 'ASSIGNED' | 'TRANSFERRED', to: number, when: string) {
      const c = owner(id);
      h.events.push({ customerId: id, kind, fromUserId: c.ownerId, toUserId: to, at: at(when) });
      c.ownerId = to;
      return api;
    },
    toPool(id: number, kind: 'RECYCLED' | 'RETURNED', when: string, reason = kind === 'RECYCLED' ? 'recycled: no valid follow-up for 30 days' : 'NOT_A_FIT') {
      const c = owner(id);
      h.events.push({ customerId: id, kind, fromUserId: c.ownerId, toUserId: null, at: at(when) });
      // A return's `reason` argument is its code; the text is what the server writes for it.
      const returned = kind === 'RETURNED';
      h.poolEntries.push({ customerId: id, kind, previousOwnerId: c.ownerId, reason: returned ? `returned: ${reason}` : reason, reasonCode: returned ? reason : null, at: at(when) });
      c.ownerId = null;
      return api;
    },
    status(id: number, status: 'WON' | 'LOST' | 'NEGOTIATING', when: string) {
      h.statusChanges.push({ customerId: id, status, at: at(when) });
      return api;
    },
    followUp(id: number, authorId: number, when: string, counted = true) {
      h.followUps.push({ customerId: id, authorId, at: at(when), counted });
      return api;
    },
  };
  return api;
}

function run(h: PoolHistory, opts: { from: string; to: string; bucket?: 'DAY' | 'WEEK' | 'MONTH'; now: string; scope?: RepScope }) {
  const now = at(opts.now);
  const range = analyticsRange({ preset: 'CUSTOM', from: opts.from, to: opts.to, bucket: opts.bucket ?? 'DAY' }, now, TZ);
  return poolAnalytics(h, { range, now, scope: opts.scope ?? null, dimensions: {}, maySee: () => true });
}

describe('analyticsRange: team days, Monday weeks, months, in the team zone', () => {
  it('a week bucket across the spring-forward change is 7 days of 167 hours', () => {
    const r = analyticsRange({ preset: 'CUSTOM', from: '2026-03-23', to: '2026-04-05', bucket: 'WEEK' }, at('2026-05-01T00:00:00Z'), TZ);
    expect(r.buckets.map((b) => [b.start, b.end])).toEqual([
      ['2026-03-23', '2026-03-29'],
      ['2026-03-30', '2026-04-05'],
    ]);
    expect(r.buckets[0].startAt.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(r.buckets[0].endAt.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((r.buckets[0].endAt.getTime() - r.buckets[0].startAt.getTime()) / 3_600_000).toBe(167);
  });

  it('clips the first and last week and month to the range', () => {
    const w = analyticsRange({ preset: 'CUSTOM', from: '2026-03-25', to: '2026-04-01', bucket: 'WEEK' }, at('2026-05-01T00:00:00Z'), TZ);
    expect(w.buckets.map((b) => [b.start, b.end])).toEqual([
      ['2026-03-25', '2026-03-29'],
      ['2026-03-30', '2026-04-01'],
    ]);
    const m = analyticsRange({ preset: 'CUSTOM', from: '2026-01-15', to: '2026-03-02', bucket: 'MONTH' }, at('2026-05-01T00:00:00Z'), TZ);
    expect(m.buckets.map((b) => [b.start, b.end])).toEqual([
      ['2026-01-15', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-02'],
    ]);
  });

  it('presets end on the team day of now (Berlin is already on the 2nd at 23:30 UTC)', () => {
    const r = analyticsRange({ preset: 'LAST_7_DAYS', bucket: 'DAY' }, at('2026-06-01T23:30:00Z'), TZ);
    expect([r.from, r.to, r.buckets.length]).toEqual(['2026-05-27', '2026-06-02', 7]);
    expect(analyticsRange({ preset: 'TODAY', bucket: 'DAY' }, at('2026-06-01T23:30:00Z'), TZ).from).toBe('2026-06-02');
  });

  it.each([
    [{ from: '2024-01-01', to: '2026-01-01' }, 'input.to'], // longer than two years
    [{ from: '2026-02-01', to: '2026-01-01' }, 'input.to'], // end before start
    [{ from: null, to: '2026-01-01' }, 'input.from'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'input.from'], // no such day
    [{ from: '2026-01-01', to: '1 March' }, 'input.to'],
  ])('refuses %o naming %s', (dates, field) => {
    try {
      analyticsRange({ preset: 'CUSTOM', bucket: 'DAY', ...dates }, at('2026-05-01T00:00:00Z'), TZ);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BerthError);
      expect((e as BerthError).code).toBe('BAD_USER_INPUT');
      expect((e as BerthError).fields.map((f) => f.field)).toContain(field);
    }
  });

  it('accepts exactly two years less a day', () => {
    expect(analyticsRange({ preset: 'CUSTOM', bucket: 'WEEK', from: '2024-01-01', to: '2025-12-31' }, at('2026-05-01T00:00:00Z'), TZ).buckets.length).toBe(105);
  });
});

describe('recycle causes', () => {
  it('reads the cause from the reason text; both rules firing counts as no valid follow-up', () => {
    const clocks = { followUpDays: 30, noDealDays: 90 };
    expect(recycleCauseOf(recycleReasonText(['NO_VALID_FOLLOW_UP'], clocks))).toBe('NO_VALID_FOLLOW_UP');
    expect(recycleCauseOf(recycleReasonText(['NO_DEAL'], clocks))).toBe('NO_DEAL');
    expect(recycleCauseOf(recycleReasonText(['NO_VALID_FOLLOW_UP', 'NO_DEAL'], clocks))).toBe('NO_VALID_FOLLOW_UP');
  });
});

describe('pool flows and stock', () => {
  it('a claim on the last second of a team day counts on that day; stock at each day end', () => {
    const b = history()
      .customer(1, 10, '2026-01-01T09:00:00Z')
      .customer(2, 10, '2026-01-01T09:00:00Z')
      .toPool(1, 'RECYCLED', '2026-03-02T08:00:00Z')
      .toPool(2, 'RECYCLED', '2026-03-02T08:00:00Z', 'recycled: no won deal within 90 days')
      .move(1, 'CLAIMED', 11, '2026-03-02T22:59:59Z') // 23:59:59 in Berlin on the 2nd
      .move(2, 'CLAIMED', 11, '2026-03-02T23:00:00Z') // midnight: the 3rd
      .toPool(2, 'RETURNED', '2026-03-03T10:00:00Z', 'WRONG_REGION');
    const r = run(b.h, { from: '2026-03-02', to: '2026-03-04', now: '2026-03-10T12:00:00Z' });
    expect(r.buckets.map((x) => [x.start, x.recycledNoFollowUp, x.recycledNoDeal, x.returned, x.claimed, x.stockAtEnd, x.netFlow])).toEqual([
      ['2026-03-02', 1, 1, 0, 1, 1, 1],
      ['2026-03-03', 0, 0, 1, 1, 1, 0],
      ['2026-03-04', 0, 0, 0, 0, 1, 0],
    ]);
    expect(r.returnReasons).toEqual([{ reason: 'WRONG_REGION', count: 1 }]);
  });

  it('counts returns by the reason code, whatever note the rep added', () => {
    const b = history().customer(1, 10, '2026-01-01T09:00:00Z').customer(2, 10, '2026-01-01T09:00:00Z').customer(3, 10, '2026-01-01T09:00:00Z');
    b.toPool(1, 'RETURNED', '2026-03-02T08:00:00Z', 'OTHER').toPool(2, 'RETURNED', '2026-03-02T09:00:00Z', 'OTHER').toPool(3, 'RETURNED', '2026-03-02T10:00:00Z', 'NO_CONTACT');
    b.h.poolEntries[0] = { ...b.h.poolEntries[0], reason: 'returned: Other — bought from a competitor' };
    b.h.poolEntries[1] = { ...b.h.poolEntries[1], reason: 'returned: Other — the buyer left', reasonCode: 'OTHER' };
    const r = run(b.h, { from: '2026-03-02', to: '2026-03-02', now: '2026-03-03T12:00:00Z' });
    expect(r.returnReasons).toEqual([
      { reason: 'OTHER', count: 2 },
      { reason: 'NO_CONTACT', count: 1 },
    ]);
  });

  it('a rep who moved department is counted under the department they are in now', () => {
    const b = history().customer(1, 10, '2026-01-01T09:00:00Z').toPool(1, 'RETURNED', '2026-03-02T08:00:00Z').move(1, 'CLAIMED', 11, '2026-03-02T09:00:00Z');
    const reps = [
      { id: 10, departmentPath: '/2/' }, // was in /1/ when it returned the customer; in /2/ now
      { id: 11, departmentPath: '/1/' },
    ];
    const north = analyticsRepScope(reps, { viewerSubtree: null, departmentPath: '/1/', repId: null });
    const south = analyticsRepScope(reps, { viewerSubtree: null, departmentPath: '/2/', repId: null });
    const day = (scope: RepScope) => run(b.h, { from: '2026-03-02', to: '2026-03-02', now: '2026-03-10T00:00:00Z', scope }).buckets[0];
    expect([day(north).returned, day(north).claimed]).toEqual([0, 1]);
    expect([day(south).returned, day(south).claimed]).toEqual([1, 0]);
    expect(day(south).stockAtEnd).toBe(day(north).stockAtEnd); // stock is company-wide
  });
});

describe('recycle frequency and churn loops', () => {
  it('recycles ÷ average holdings sampled at bucket ends; 3 recycles in 365 days make a churn loop', () => {
    const b = history().customer(1, 10, '2025-06-01T09:00:00Z').customer(2, 10, '2025-06-01T09:00:00Z');
    b.toPool(1, 'RECYCLED', '2025-09-01T09:00:00Z').move(1, 'CLAIMED', 10, '2025-09-02T09:00:00Z');
    b.toPool(1, 'RECYCLED', '2025-12-01T09:00:00Z').move(1, 'CLAIMED', 10, '2025-12-02T09:00:00Z');
    b.toPool(1, 'RECYCLED', '2026-03-02T09:00:00Z'); // day 1 of the range
    const r = run(b.h, { from: '2026-03-01', to: '2026-03-03', now: '2026-03-10T00:00:00Z' });
    // holdings at the ends of Mar 1, 2, 3: 2, 1, 1
    expect(r.recycleFrequency).toEqual([{ repId: 10, recycles: 1, averageHoldings: 4 / 3, frequency: 0.75 }]);
    expect(r.churnLoops).toEqual([{ customerId: 1, recycles: 3, inPool: true }]);
    const earlier = run(b.h, { from: '2026-02-01', to: '2026-02-03', now: '2026-03-10T00:00:00Z' });
    expect(earlier.churnLoops).toEqual([]);
  });
});

describe('claim conversion, activation, boomerang', () => {
  it('a customer re-claimed by its previous owner: a win counts for the claim that still owned it', () => {
    const b = history().customer(1, null, '2025-12-01T09:00:00Z');
    b.move(1, 'CLAIMED', 10, '2026-01-05T09:00:00Z').followUp(1, 10, '2026-01-06T08:00:00Z');
    b.toPool(1, 'RECYCLED', '2026-01-20T09:00:00Z'); // back within 30 days
    b.move(1, 'CLAIMED', 10, '2026-01-21T09:00:00Z').status(1, 'WON', '2026-02-01T09:00:00Z');
    const r = run(b.h, { from: '2026-01-01', to: '2026-01-31', bucket: 'MONTH', now: '2026-05-02T00:00:00Z' });
    const claimed = r.conversion.find((c) => c.kind === 'CLAIMED')!;
    expect(claimed).toMatchObject({ size: 2, wonWithin30Days: 0.5, wonWithin60Days: 0.5, wonWithin90Days: 0.5, activatedWithin48Hours: 0.5 });
    expect(r.conversion.find((c) => c.kind === 'ASSIGNED')).toMatchObject({ size: 0, wonWithin30Days: null });
    expect(r.boomerangByRep).toEqual([{ repId: 10, source: null, moves: 2, back: 1, rate: 0.5 }]);
    expect(r.boomerangBySource).toEqual([{ repId: null, source: 'web', moves: 2, back: 1, rate: 0.5 }]);
  });

  it('cohorts too young show no share; activation counts only the receiver within 48 hours', () => {
    const b = history().customer(1, null, '2026-01-01T09:00:00Z').customer(2, null, '2026-01-01T09:00:00Z');
    b.move(1, 'ASSIGNED', 10, '2026-03-02T09:00:00Z').followUp(1, 99, '2026-03-02T10:00:00Z').followUp(1, 10, '2026-03-04T09:00:01Z');
    b.move(2, 'ASSIGNED', 10, '2026-03-02T09:00:00Z').followUp(2, 10, '2026-03-04T09:00:00Z').status(2, 'WON', '2026-03-20T00:00:00Z');
    const r = run(b.h, { from: '2026-03-02', to: '2026-03-02', now: '2026-04-15T00:00:00Z' });
    const assigned = r.conversion.find((c) => c.kind === 'ASSIGNED')!;
    expect(assigned).toMatchObject({ size: 2, wonWithin30Days: 0.5, wonWithin60Days: null, wonWithin90Days: null, activatedWithin48Hours: 0.5 });
    expect(r.boomerangByRep).toEqual([{ repId: 10, source: null, moves: 2, back: 0, rate: 0 }]);
    const young = run(b.h, { from: '2026-03-02', to: '2026-03-02', now: '2026-03-20T00:00:00Z' });
    expect(young.conversion.find((c) => c.kind === 'ASSIGNED')).toMatchObject({ size: 2, wonWithin30Days: null, activatedWithin48Hours: 0.5 });
    expect(young.boomerangByRep).toEqual([]); // moves less than 30 days old do not count yet
  });
});

describe('dwell time and dead stock', () => {
  it('median and 90th percentile of the stays that ended in the range; dead = in the pool 90 days or more', () => {
    const b = history();
    [1, 2, 3, 4, 5].forEach((id) => b.customer(id, 10, '2025-01-01T09:00:00Z').toPool(id, 'RETURNED', '2026-01-01T09:00:00Z'));
    b.move(1, 'CLAIMED', 11, '2026-01-02T09:00:00Z'); // 1 day
    b.move(2, 'CLAIMED', 11, '2026-01-03T09:00:00Z'); // 2 days
    b.move(3, 'CLAIMED', 11, '2026-01-11T09:00:00Z'); // 10 days
    const r = run(b.h, { from: '2026-01-01', to: '2026-04-30', bucket: 'MONTH', now: '2026-04-01T07:00:00Z' });
    expect(r.dwell).toEqual({ exits: 3, medianDays: 2, p90Days: 8.4 });
    expect(r.deadStock).toEqual({ poolSize: 2, dead: 0, share: 0 }); // 90 team days after Jan 1 09:00 is Apr 1 09:00
    const later = run(b.h, { from: '2026-01-01', to: '2026-04-30', bucket: 'MONTH', now: '2026-04-01T08:00:00Z' });
    expect(later.deadStock).toEqual({ poolSize: 2, dead: 2, share: 1 });
  });
});
