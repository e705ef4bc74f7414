import { describe, expect, it } from 'vitest';
import {
  entryReasonText,
  recycledReason,
  returnedReason,
  DEFAULT_POOL_POLICY,
  forecastRecycling,
  recycleDecision,
  selectRecyclable,
  type FollowUpFacts,
  type PoolPolicy,
  type RecycleFacts,
} from '../src';

const utc: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'UTC' };
const all: PoolPolicy = { ...utc, combination: 'ALL' };
const ownedSince = new Date('2026-01-01T09:00:00Z');
const day = (n: number) => new Date(ownedSince.getTime() + n * 86_400_000);
const call = (n: number): FollowUpFacts => ({ type: 'CALL', content: 'Talked through the proposal', at: day(n) });
const everyTwentyDays = [20, 40, 60, 80].map(call);

function customer(changes: Partial<RecycleFacts> = {}): RecycleFacts {
  return { id: 1, ownerId: 7, ownedSince, tier: 'B', status: 'FOLLOWING_UP', locked: false, hasWonDeal: false, followUps: [], ...changes };
}

describe('recycleDecision: ANY vs ALL (tier B: 30 protection days, 30 extension days, 90 no-deal days)', () => {
  it.each([
    ['ANY, idle: protected the day before', utc, [], 29, false, [], null],
    ['ANY, idle: no follow-up fires at day 30', utc, [], 30, true, ['NO_VALID_FOLLOW_UP'], 'recycled: no valid follow-up for 30 days'],
    ['ANY, followed up: no deal fires at day 90', utc, everyTwentyDays, 90, true, ['NO_DEAL'], 'recycled: no won deal within 90 days'],
    ['ANY, followed up: protected at day 89', utc, everyTwentyDays, 89, false, [], null],
    ['ALL, idle: one rule alone does not recycle', all, [], 30, false, [], null],
    [
      'ALL, idle: both rules at day 90',
      all,
      [],
      90,
      true,
      ['NO_VALID_FOLLOW_UP', 'NO_DEAL'],
      'recycled: no valid follow-up for 30 days and no won deal within 90 days',
    ],
    ['ALL, followed up: kept after the no-deal deadline', all, everyTwentyDays, 100, false, [], null],
    ['ALL, followed up: both rules once the last follow-up’s 30 days pass', all, everyTwentyDays, 110, true, ['NO_VALID_FOLLOW_UP', 'NO_DEAL'], expect.any(String)],
  ])('%s', (_name, policy, followUps, atDay, recycle, reasons, reasonText) => {
    const decision = recycleDecision(customer({ followUps }), day(atDay), policy);
    expect(decision).toMatchObject({ recycle, reasons, reasonText });
  });

  it('names the length that ran out: the tier’s protection days, or the extension days after a follow-up', () => {
    const policy = { ...utc, protectionDays: { default: 45, byTier: {} }, extensionDays: 20, noDealDays: { default: null, byTier: {} } };
    expect(recycleDecision(customer(), day(45), policy).reasonText).toBe('recycled: no valid follow-up for 45 days');
    expect(recycleDecision(customer({ followUps: [call(40)] }), day(60), policy).reasonText).toBe('recycled: no valid follow-up for 20 days');
  });

  it('tier A has no no-deal limit by default: a rep who keeps following up keeps it', () => {
    const followUps = [20, 40, 60, 80, 100, 120, 140].map(call);
    expect(recycleDecision(customer({ tier: 'A', followUps }), day(150), utc).recycle).toBe(false);
    expect(recycleDecision(customer({ tier: 'A', followUps }), day(170), utc).reasons).toEqual(['NO_VALID_FOLLOW_UP']);
  });

  it('never recycles before protection ends: at T - 1 ms kept, at T recycled', () => {
    const end = day(30);
    const before = recycleDecision(customer(), new Date(end.getTime() - 1), utc);
    expect(before).toMatchObject({ recycle: false, keptBecause: 'PROTECTED', protectionEnd: end });
    expect(recycleDecision(customer(), end, utc)).toMatchObject({ recycle: true, protectionEnd: end });
  });
});

describe('recycleDecision: exclusions', () => {
  const long = day(400);
  it.each([
    ['a WON customer', { status: 'WON' as const }, utc, false, 'WON'],
    ['a locked customer', { locked: true }, utc, false, 'LOCKED'],
    ['won and locked: WON is named', { status: 'WON' as const, locked: true }, utc, false, 'WON'],
    ['a WON customer when won ones are not excluded', { status: 'WON' as const }, { ...utc, excludeWon: false }, true, undefined],
    ['a locked customer when locked ones are not excluded', { locked: true }, { ...utc, excludeLocked: false }, true, undefined],
    ['a pool customer', { ownerId: null, ownedSince: null }, utc, false, 'IN_POOL'],
    ['a LOST customer (not an exclusion)', { status: 'LOST' as const }, utc, true, undefined],
  ])('%s', (_name, changes, policy, recycle, keptBecause) => {
    const decision = recycleDecision(customer(changes), long, policy);
    expect(decision.recycle).toBe(recycle);
    if (!decision.recycle) expect(decision.keptBecause).toBe(keptBecause);
  });
});

describe('selectRecyclable: the pure twin of the sweep', () => {
  const customers: RecycleFacts[] = [
    customer({ id: 1 }), // idle: ends day 30
    customer({ id: 2, followUps: [call(25)] }), // ends day 55
    customer({ id: 3, status: 'WON' }),
    customer({ id: 4, locked: true }),
    customer({ id: 5, ownerId: null, ownedSince: null }),
    customer({ id: 6, ownerId: 9, followUps: [call(31)] }), // too late to count: ends day 30
    customer({ id: 7, tier: 'C', ownedSince: day(10) }), // ends day 40
  ];

  it.each([
    [29, []],
    [30, [1, 6]],
    [40, [1, 6, 7]],
    [55, [1, 2, 6, 7]], // input order
  ])('at day %i selects %j', (atDay, ids) => {
    expect(selectRecyclable(customers, day(atDay), utc).map((s) => s.customerId)).toEqual(ids);
  });

  it('carries what the pool entry and ownership event need', () => {
    expect(selectRecyclable(customers, day(30), utc)).toEqual([
      { customerId: 1, ownerId: 7, reasons: ['NO_VALID_FOLLOW_UP'], reason: { kind: 'RECYCLED', rules: ['NO_VALID_FOLLOW_UP'], followUpDays: 30, noDealDays: null }, reasonText: 'recycled: no valid follow-up for 30 days', protectionEnd: day(30) },
      { customerId: 6, ownerId: 9, reasons: ['NO_VALID_FOLLOW_UP'], reason: { kind: 'RECYCLED', rules: ['NO_VALID_FOLLOW_UP'], followUpDays: 30, noDealDays: null }, reasonText: 'recycled: no valid follow-up for 30 days', protectionEnd: day(30) },
    ]);
  });

  it('is a pure function of its input: the same answer when asked twice', () => {
    expect(selectRecyclable(customers, day(55), utc)).toEqual(selectRecyclable(customers, day(55), utc));
  });
});

describe('forecastRecycling: the what-if preview of a policy edit', () => {
  it('lists what recycles within the horizon, earliest first, including what is already due', () => {
    const customers = [customer({ id: 1, followUps: [call(25)] }), customer({ id: 2 }), customer({ id: 3, followUps: [call(27)] }), customer({ id: 4, followUps: [call(29)] })];
    const now = day(31);
    const forecast = forecastRecycling(customers, now, 7, utc);
    expect(forecast.map((f) => [f.customerId, f.recycleAt.toISOString()])).toEqual([[2, now.toISOString()]]);
    const stricter = { ...utc, extensionDays: 10 };
    expect(forecastRecycling(customers, now, 7, stricter).map((f) => [f.customerId, f.recycleAt.toISOString()])).toEqual([
      [2, now.toISOString()],
      [1, day(35).toISOString()],
      [3, day(37).toISOString()],
    ]); // customer 4 recycles on day 39, after the 7-day horizon
  });
});

describe('entryReasonText: the English kept beside the reason as data', () => {
  it('says every rule that fired with its days, and a return with its note', () => {
    expect(entryReasonText(recycledReason(['NO_VALID_FOLLOW_UP', 'NO_DEAL'], { followUpDays: 1, noDealDays: 90 }))).toBe(
      'recycled: no valid follow-up for 1 day and no won deal within 90 days',
    );
    expect(recycledReason(['NO_VALID_FOLLOW_UP'], { followUpDays: 30, noDealDays: 90 }).noDealDays).toBeNull();
    expect(entryReasonText(returnedReason('OTHER', 'Other', '  buys through its parent '))).toBe('returned: Other — buys through its parent');
    expect(returnedReason('NOT_A_FIT', 'Not a fit', '   ').note).toBeNull();
  });
});
