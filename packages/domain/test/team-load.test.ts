import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POOL_POLICY,
  forecastRecycling,
  isNearCap,
  repLoad,
  teamFigureCustomers,
  teamFigureWindows,
  teamTotals,
  type PoolPolicy,
  type RecycleFacts,
  type TeamLoadPolicy,
  type TeamOwnedCustomer,
  type TeamRepFacts,
} from '../src';

const berlin: TeamLoadPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'Europe/Berlin', holdingCap: 10, holdingCapCountsWon: true };
const at = (iso: string) => new Date(iso);

function owned(customerId: number, changes: Partial<TeamOwnedCustomer> = {}): TeamOwnedCustomer {
  return { customerId, status: 'FOLLOWING_UP', locked: false, protectedUntil: at('2026-06-30T10:00:00Z'), ...changes };
}

function facts(changes: Partial<TeamRepFacts> = {}): TeamRepFacts {
  return { owned: [], claims: [], followUps: [], actedAt: [], ...changes };
}

describe('teamFigureWindows: team days in the team zone', () => {
  it('today is the local calendar day; 3 and 7 days keep the wall-clock time', () => {
    const w = teamFigureWindows(at('2026-06-10T08:00:00Z'), 'Europe/Berlin'); // 10:00 CEST
    expect(w.todayStart.toISOString()).toBe('2026-06-09T22:00:00.000Z');
    expect(w.todayEnd.toISOString()).toBe('2026-06-10T22:00:00.000Z');
    expect(w.in3Days.toISOString()).toBe('2026-06-13T08:00:00.000Z');
    expect(w.in7Days.toISOString()).toBe('2026-06-17T08:00:00.000Z');
    expect(w.since7Days.toISOString()).toBe('2026-06-03T08:00:00.000Z');
  });

  it('across spring-forward, 7 team days are 7 × 24 h − 1 h; across fall-back, + 1 h', () => {
    const spring = teamFigureWindows(at('2026-03-27T09:00:00Z'), 'Europe/Berlin'); // Fri 10:00 CET; clocks go forward Sun 29th
    expect(spring.in7Days.toISOString()).toBe('2026-04-03T08:00:00.000Z'); // Fri 10:00 CEST
    expect(spring.in3Days.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    const fall = teamFigureWindows(at('2026-10-30T09:00:00Z'), 'Europe/Berlin'); // Fri 10:00 CET; clocks went back Sun 25th
    expect(fall.since7Days.toISOString()).toBe('2026-10-23T08:00:00.000Z'); // Fri 10:00 CEST
  });

  it('the DST day itself is 23 hours long', () => {
    const w = teamFigureWindows(at('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(w.todayEnd.getTime() - w.todayStart.getTime()).toBe(23 * 3_600_000);
  });
});

describe('teamFigureCustomers: one set per figure, always among the rep’s holdings', () => {
  const now = at('2026-06-10T08:00:00Z'); // 10:00 in Berlin
  const w = teamFigureWindows(now, berlin.teamTimeZone);

  it.each([
    // [name, customer, figure, policy changes, counted?]
    ['a WON customer counts toward the cap by default', owned(1, { status: 'WON' }), 'HOLDINGS', {}, true],
    ['a WON customer is left out when holdingCapCountsWon is false', owned(1, { status: 'WON' }), 'HOLDINGS', { holdingCapCountsWon: false }, false],
    ['a locked customer still counts toward the cap', owned(1, { locked: true }), 'HOLDINGS', {}, true],
    ['protection already passed (the sweep has not run) ends within 3 days', owned(1, { protectedUntil: at('2026-06-01T00:00:00Z') }), 'PROTECTION_ENDS_IN_3_DAYS', {}, true],
    ['an end exactly at now + 3 days is in (the end instant is unprotected)', owned(1, { protectedUntil: at('2026-06-13T08:00:00Z') }), 'PROTECTION_ENDS_IN_3_DAYS', {}, true],
    ['an end 1 ms after now + 3 days is out', owned(1, { protectedUntil: at('2026-06-13T08:00:00.001Z') }), 'PROTECTION_ENDS_IN_3_DAYS', {}, false],
    ['…and in the 7-day figure', owned(1, { protectedUntil: at('2026-06-13T08:00:00.001Z') }), 'PROTECTION_ENDS_IN_7_DAYS', {}, true],
    ['ending within 7 days recycles', owned(1, { protectedUntil: at('2026-06-15T00:00:00Z') }), 'RECYCLES_IN_7_DAYS', {}, true],
    ['a passed end recycles at the next sweep', owned(1, { protectedUntil: at('2026-06-01T00:00:00Z') }), 'RECYCLES_IN_7_DAYS', {}, true],
    ['a WON customer does not recycle when WON is excluded', owned(1, { status: 'WON', protectedUntil: at('2026-06-11T00:00:00Z') }), 'RECYCLES_IN_7_DAYS', {}, false],
    ['a WON customer recycles when WON is not excluded', owned(1, { status: 'WON', protectedUntil: at('2026-06-11T00:00:00Z') }), 'RECYCLES_IN_7_DAYS', { excludeWon: false }, true],
    ['a locked customer does not recycle when locked is excluded', owned(1, { locked: true, protectedUntil: at('2026-06-11T00:00:00Z') }), 'RECYCLES_IN_7_DAYS', {}, false],
    ['a locked customer recycles when locked is not excluded', owned(1, { locked: true, protectedUntil: at('2026-06-11T00:00:00Z') }), 'RECYCLES_IN_7_DAYS', { excludeLocked: false }, true],
    ['a locked customer’s protection still ends', owned(1, { locked: true, protectedUntil: at('2026-06-11T00:00:00Z') }), 'PROTECTION_ENDS_IN_7_DAYS', {}, true],
    ['no stored end (broken data) never counts as ending', owned(1, { protectedUntil: null }), 'PROTECTION_ENDS_IN_7_DAYS', {}, false],
  ] as const)('%s', (_name, customer, figure, changes, counted) => {
    const ids = teamFigureCustomers(figure, facts({ owned: [customer] }), w, { ...berlin, ...changes });
    expect(ids).toEqual(counted ? [customer.customerId] : []);
  });

  it('claims today: from local midnight to local midnight, the last millisecond of the day included', () => {
    const late = at('2026-06-10T21:59:59.999Z'); // 23:59:59.999 in Berlin
    const night = teamFigureWindows(late, berlin.teamTimeZone);
    const rep = facts({
      owned: [owned(1), owned(2), owned(3), owned(4)],
      claims: [
        { customerId: 1, at: at('2026-06-10T21:59:59.000Z') }, // last second of the team day
        { customerId: 2, at: at('2026-06-09T22:00:00.000Z') }, // local midnight: the day's first instant
        { customerId: 3, at: at('2026-06-09T21:59:59.999Z') }, // yesterday
        { customerId: 9, at: at('2026-06-10T10:00:00.000Z') }, // claimed today but no longer held
      ],
    });
    expect(teamFigureCustomers('CLAIMED_TODAY', rep, night, berlin)).toEqual([1, 2]);
    // One millisecond later it is tomorrow in Berlin: nothing was claimed today.
    const tomorrow = teamFigureWindows(new Date(late.getTime() + 1), berlin.teamTimeZone);
    expect(teamFigureCustomers('CLAIMED_TODAY', rep, tomorrow, berlin)).toEqual([]);
  });

  it('claims today on a DST day: the 23-hour day still starts at local midnight', () => {
    const now = at('2026-03-29T20:00:00Z'); // 22:00 CEST
    const rep = facts({
      owned: [owned(1), owned(2)],
      claims: [
        { customerId: 1, at: at('2026-03-28T23:00:00Z') }, // 00:00 CET, the day's first instant
        { customerId: 2, at: at('2026-03-28T22:59:59Z') }, // 23:59:59 the day before
      ],
    });
    expect(teamFigureCustomers('CLAIMED_TODAY', rep, teamFigureWindows(now, berlin.teamTimeZone), berlin)).toEqual([1]);
  });

  it('followed up in 7 days: counted follow-ups since now − 7 team days, on customers still held', () => {
    const rep = facts({
      owned: [owned(1), owned(2), owned(3), owned(4)],
      followUps: [
        { customerId: 1, at: at('2026-06-03T08:00:00Z'), counted: true }, // exactly 7 team days ago
        { customerId: 2, at: at('2026-06-03T07:59:59.999Z'), counted: true }, // just before
        { customerId: 3, at: at('2026-06-09T08:00:00Z'), counted: false }, // did not count
        { customerId: 4, at: at('2026-06-09T08:00:00Z'), counted: true },
        { customerId: 4, at: at('2026-06-08T08:00:00Z'), counted: true }, // a customer counts once
        { customerId: 8, at: at('2026-06-09T08:00:00Z'), counted: true }, // no longer held
      ],
    });
    expect(teamFigureCustomers('FOLLOWED_UP_IN_7_DAYS', rep, w, berlin)).toEqual([1, 4]);
  });
});

describe('RECYCLES_IN_7_DAYS agrees with the policy preview’s forecast', () => {
  it('on customers whose stored end is what the rules compute', () => {
    const policy: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'Europe/Berlin' };
    const now = at('2026-03-27T09:00:00Z'); // the 7 days cross spring-forward
    const since = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const recycleFacts: RecycleFacts[] = [
      { id: 1, ownerId: 7, ownedSince: since(25), tier: 'B', status: 'NEW', locked: false, hasWonDeal: false, followUps: [] },
      { id: 2, ownerId: 7, ownedSince: since(40), tier: 'B', status: 'NEW', locked: false, hasWonDeal: false, followUps: [] }, // already passed
      { id: 3, ownerId: 7, ownedSince: since(25), tier: 'B', status: 'WON', locked: false, hasWonDeal: true, followUps: [] },
      { id: 4, ownerId: 7, ownedSince: since(25), tier: 'B', status: 'NEW', locked: true, hasWonDeal: false, followUps: [] },
      { id: 5, ownerId: 7, ownedSince: since(10), tier: 'B', status: 'NEW', locked: false, hasWonDeal: false, followUps: [] },
      { id: 6, ownerId: 7, ownedSince: since(23), tier: 'B', status: 'NEW', locked: false, hasWonDeal: false, followUps: [] }, // ends exactly at the horizon
    ];
    // Stored ends as the server keeps them: ownedSince + 30 team days (no follow-ups, tier B).
    const ends = new Map(recycleFacts.map((f) => [f.id, forecastEnd(f, policy)]));
    const rep = facts({ owned: recycleFacts.map((f) => owned(f.id, { status: f.status, locked: f.locked, protectedUntil: ends.get(f.id)! })) });
    const desk = teamFigureCustomers('RECYCLES_IN_7_DAYS', rep, teamFigureWindows(now, policy.teamTimeZone), policy);
    const forecast = forecastRecycling(recycleFacts, now, 7, policy).map((f) => f.customerId).sort();
    expect(desk.sort()).toEqual(forecast);
    expect(forecast).toEqual([1, 2, 6]);
  });
});

function forecastEnd(f: RecycleFacts, policy: PoolPolicy): Date {
  // The rule's end for an idle ownership: recycleDecision at a far horizon reports it.
  const [selection] = forecastRecycling([f], f.ownedSince!, 10_000, { ...policy, excludeWon: false, excludeLocked: false });
  return selection.protectionEnd;
}

describe('repLoad and the team', () => {
  const now = at('2026-06-10T08:00:00Z');

  it('near cap at 90 % of the cap, counting holdings as the cap does', () => {
    expect(isNearCap(9, 10)).toBe(true);
    expect(isNearCap(8, 10)).toBe(false);
    expect(isNearCap(180, 200)).toBe(true);
    expect(isNearCap(179, 200)).toBe(false);
    const nine = Array.from({ length: 9 }, (_, i) => owned(i + 1, { status: i === 0 ? 'WON' : 'NEW' }));
    expect(repLoad(facts({ owned: nine }), now, berlin).nearCap).toBe(true);
    expect(repLoad(facts({ owned: nine }), now, { ...berlin, holdingCapCountsWon: false }).nearCap).toBe(false);
  });

  it('last activity: the latest follow-up (counted or not) or ownership event the rep acted in', () => {
    const rep = facts({
      followUps: [{ customerId: 1, at: at('2026-06-08T08:00:00Z'), counted: false }],
      actedAt: [at('2026-06-07T08:00:00Z'), at('2026-06-02T08:00:00Z')],
    });
    expect(repLoad(rep, now, berlin).lastActivityAt).toEqual(at('2026-06-08T08:00:00Z'));
    expect(repLoad(facts(), now, berlin).lastActivityAt).toBeNull();
  });

  it('totals are the sums over the rows', () => {
    const a = repLoad(facts({ owned: [owned(1), owned(2, { protectedUntil: at('2026-06-11T00:00:00Z') })] }), now, berlin);
    const b = repLoad(facts({ owned: [owned(3, { protectedUntil: at('2026-06-11T00:00:00Z'), locked: true })] }), now, berlin);
    expect(teamTotals([a, b])).toEqual({
      HOLDINGS: 3,
      CLAIMED_TODAY: 0,
      PROTECTION_ENDS_IN_3_DAYS: 2,
      PROTECTION_ENDS_IN_7_DAYS: 2,
      RECYCLES_IN_7_DAYS: 1,
      FOLLOWED_UP_IN_7_DAYS: 0,
    });
  });
});
