import { describe, expect, it } from 'vitest';
import {
  CLAIM_REFUSAL_CODES,
  claimDay,
  claimDayWindow,
  decideClaim,
  DEFAULT_POOL_POLICY,
  refusalForCustomer,
  refusalForOwnership,
  type ClaimInput,
  type ClaimRefusalCode,
  type PoolPolicy,
} from '../src';

const utc: PoolPolicy = { ...DEFAULT_POOL_POLICY, teamTimeZone: 'UTC', newEntryCooldownHours: 2 };
const now = new Date('2026-03-10T12:00:00Z');
const at = (iso: string) => new Date(iso);

/** A claim that passes every check: each test breaks exactly what it is about. */
function claim(changes: Partial<ClaimInput> = {}): ClaimInput {
  return {
    claimant: { userId: 5 },
    customer: { ownerId: null },
    now,
    policy: utc,
    claimsToday: 3,
    holdings: 50,
    wonHoldings: 0,
    lastLostAt: null,
    enteredPoolAt: at('2026-03-01T00:00:00Z'),
    visible: true,
    ...changes,
  };
}

/** What makes each check fail. */
const BREAKS: Record<ClaimRefusalCode, Partial<ClaimInput>> = {
  NOT_VISIBLE: { visible: false },
  ALREADY_OWNED: { customer: { ownerId: 8 } },
  PREVIOUS_OWNER_COOLDOWN: { lastLostAt: at('2026-03-01T00:00:00Z') },
  NEW_ENTRY_COOLDOWN: { enteredPoolAt: at('2026-03-10T11:00:00Z') },
  HOLDING_CAP_REACHED: { holdings: 200 },
  DAILY_LIMIT_REACHED: { claimsToday: 10 },
};

describe('decideClaim: every refusal code', () => {
  it('allows a claim that breaks no rule', () => {
    expect(decideClaim(claim())).toEqual({ ok: true });
  });

  it.each(CLAIM_REFUSAL_CODES.map((code) => [code]))('%s', (code) => {
    const decision = decideClaim(claim(BREAKS[code]));
    expect(decision).toMatchObject({ ok: false, code, message: expect.any(String) });
  });

  it.each([
    ['NOT_VISIBLE', { visible: false }, 'Customer not found.', null],
    ['ALREADY_OWNED', { customer: { ownerId: 8 } }, 'Another rep owns this customer now.', null],
    ['ALREADY_OWNED', { customer: { ownerId: 5 } }, 'You already own this customer.', null],
    [
      'PREVIOUS_OWNER_COOLDOWN',
      { lastLostAt: at('2026-03-01T00:00:00Z') },
      'You gave up or lost this customer recently; you can claim it again from 2026-03-31 00:00 (UTC).',
      '2026-03-31T00:00:00.000Z',
    ],
    [
      'NEW_ENTRY_COOLDOWN',
      { enteredPoolAt: at('2026-03-10T11:00:00Z') },
      'This customer has just entered the pool; it can be claimed from 2026-03-10 13:00 (UTC).',
      '2026-03-10T13:00:00.000Z',
    ],
    ['HOLDING_CAP_REACHED', { holdings: 200 }, 'You hold 200 of at most 200 customers; return one to claim another.', null],
    [
      'DAILY_LIMIT_REACHED',
      { claimsToday: 10 },
      'You have made 10 of 10 claims today; claims reopen at 2026-03-11 00:00 (UTC).',
      '2026-03-11T00:00:00.000Z',
    ],
  ])('%s says why and when to retry', (code, changes, message, retryAt) => {
    const decision = decideClaim(claim(changes as Partial<ClaimInput>));
    expect(decision).toEqual({ ok: false, code, message, retryAt: retryAt && new Date(retryAt) });
  });
});

describe('decideClaim: the check order is fixed', () => {
  it('is NOT_VISIBLE, ALREADY_OWNED, PREVIOUS_OWNER_COOLDOWN, NEW_ENTRY_COOLDOWN, HOLDING_CAP_REACHED, DAILY_LIMIT_REACHED', () => {
    expect(CLAIM_REFUSAL_CODES).toEqual([
      'NOT_VISIBLE',
      'ALREADY_OWNED',
      'PREVIOUS_OWNER_COOLDOWN',
      'NEW_ENTRY_COOLDOWN',
      'HOLDING_CAP_REACHED',
      'DAILY_LIMIT_REACHED',
    ]);
  });

  // With every rule broken, the first is reported; clearing it reveals the next, and so on.
  it.each(CLAIM_REFUSAL_CODES.map((code, i) => [code, i]))('reports %s when it and everything after it fails', (code, i) => {
    const broken = CLAIM_REFUSAL_CODES.slice(i as number).reduce((input, c) => ({ ...input, ...BREAKS[c] }), {});
    expect(decideClaim(claim(broken))).toMatchObject({ ok: false, code });
  });
});

describe('refusalForCustomer: what a server may settle before locking the claimant’s counter', () => {
  // Whatever the quotas say, it gives exactly decideClaim's refusal when that refusal is about the customer.
  it.each(CLAIM_REFUSAL_CODES.map((code, i) => [code, i]))('agrees with decideClaim when %s and everything after it fails', (code, i) => {
    const broken = claim(CLAIM_REFUSAL_CODES.slice(i as number).reduce((input, c) => ({ ...input, ...BREAKS[c] }), {}));
    const full = decideClaim(broken);
    const early = refusalForCustomer(broken);
    if (code === 'HOLDING_CAP_REACHED' || code === 'DAILY_LIMIT_REACHED') expect(early).toBeNull();
    else expect(early).toEqual(full);
  });

  it('passes a claim only the quotas could refuse, with any quota values', () => {
    expect(refusalForCustomer(claim({ claimsToday: 999, holdings: 999 }))).toBeNull();
  });
});

describe('refusalForOwnership: what a server may settle from an unlocked read', () => {
  // Whatever policy, clock and quotas say, it gives decideClaim's refusal when that refusal is about who owns the customer.
  it.each(CLAIM_REFUSAL_CODES.map((code, i) => [code, i]))('agrees with decideClaim when %s and everything after it fails', (code, i) => {
    const broken = claim(CLAIM_REFUSAL_CODES.slice(i as number).reduce((input, c) => ({ ...input, ...BREAKS[c] }), {}));
    const early = refusalForOwnership(broken);
    if (code === 'NOT_VISIBLE' || code === 'ALREADY_OWNED') expect(early).toEqual(decideClaim(broken));
    else expect(early).toBeNull();
  });
});

describe('decideClaim: boundaries', () => {
  const policyIn = (teamTimeZone: string, changes: Partial<PoolPolicy> = {}) => ({ ...utc, teamTimeZone, ...changes });
  it.each([
    ['previous-owner cooldown: 1 ms before it ends', { lastLostAt: at('2026-02-08T12:00:00Z') }, '2026-03-10T11:59:59.999Z', 'PREVIOUS_OWNER_COOLDOWN'],
    ['previous-owner cooldown: at its end', { lastLostAt: at('2026-02-08T12:00:00Z') }, '2026-03-10T12:00:00Z', null],
    ['previous-owner cooldown 0 = off', { lastLostAt: now, policy: policyIn('UTC', { previousOwnerCooldownDays: 0 }) }, '2026-03-10T12:00:00Z', null],
    ['new-entry cooldown: 1 ms before it ends', { enteredPoolAt: at('2026-03-10T10:00:00Z') }, '2026-03-10T11:59:59.999Z', 'NEW_ENTRY_COOLDOWN'],
    ['new-entry cooldown: at its end', { enteredPoolAt: at('2026-03-10T10:00:00Z') }, '2026-03-10T12:00:00Z', null],
    ['new-entry cooldown 0 = off', { enteredPoolAt: now, policy: policyIn('UTC', { newEntryCooldownHours: 0 }) }, '2026-03-10T12:00:00Z', null],
    ['holding cap: one below', { holdings: 199 }, '2026-03-10T12:00:00Z', null],
    ['holding cap: won customers count by default', { holdings: 205, wonHoldings: 10 }, '2026-03-10T12:00:00Z', 'HOLDING_CAP_REACHED'],
    [
      'holding cap: won customers left out when the policy says so',
      { holdings: 205, wonHoldings: 10, policy: policyIn('UTC', { holdingCapCountsWon: false }) },
      '2026-03-10T12:00:00Z',
      null,
    ],
    ['daily limit: one below', { claimsToday: 9 }, '2026-03-10T12:00:00Z', null],
  ])('%s', (_name, changes, when, code) => {
    const decision = decideClaim(claim({ ...(changes as Partial<ClaimInput>), now: at(when) }));
    expect(decision.ok ? null : decision.code).toBe(code);
  });

  it('counts the previous-owner cooldown in team days: 30 days across spring-forward in New York are 719 hours', () => {
    const policy = policyIn('America/New_York');
    const lost = at('2026-03-01T10:00:00-05:00');
    const decision = decideClaim(claim({ policy, lastLostAt: lost, now: at('2026-03-31T09:59:59.999-04:00') }));
    expect(decision).toMatchObject({ code: 'PREVIOUS_OWNER_COOLDOWN', retryAt: at('2026-03-31T10:00:00-04:00') });
    expect(decideClaim(claim({ policy, lastLostAt: lost, now: at('2026-03-31T10:00:00-04:00') }))).toEqual({ ok: true });
  });

  it('counts the new-entry cooldown in elapsed hours, even across a clock change', () => {
    const policy = policyIn('America/New_York');
    const entered = at('2026-03-08T01:30:00-05:00'); // two real hours later the clocks show 04:30
    expect(decideClaim(claim({ policy, enteredPoolAt: entered, now: at('2026-03-08T04:29:59.999-04:00') }))).toMatchObject({ code: 'NEW_ENTRY_COOLDOWN' });
    expect(decideClaim(claim({ policy, enteredPoolAt: entered, now: at('2026-03-08T04:30:00-04:00') }))).toEqual({ ok: true });
  });
});

describe('claimDay: the daily counter follows the team calendar', () => {
  it.each([
    // the same instant is a different claim day in two zones
    ['2026-03-10T17:30:00Z', 'Asia/Shanghai', '2026-03-11'],
    ['2026-03-10T17:30:00Z', 'America/Los_Angeles', '2026-03-10'],
    ['2026-03-10T15:59:59.999Z', 'Asia/Shanghai', '2026-03-10'],
    ['2026-03-10T16:00:00Z', 'Asia/Shanghai', '2026-03-11'],
    ['2026-03-10T06:59:59.999Z', 'America/Los_Angeles', '2026-03-09'], // PDT since Mar 8: midnight is 07:00Z
    ['2026-03-10T07:00:00Z', 'America/Los_Angeles', '2026-03-10'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(claimDay(at(instant), zone)).toBe(day);
  });

  /** A rep's claims as the server keeps them; the counter is what falls inside `claimDayWindow(now)`. */
  function claimsToday(claims: Date[], when: Date, zone: string): number {
    const { start, end } = claimDayWindow(when, zone);
    return claims.filter((c) => c >= start && c < end).length;
  }

  it.each([
    // zone, ten claims made during this local day, the last instant of that day, the next local midnight, hours in the day
    ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-09T03:59:59.999Z', '2026-03-09T04:00:00Z', 23], // spring forward
    ['America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T04:59:59.999Z', '2026-11-02T05:00:00Z', 25], // fall back
    ['Europe/Berlin', '2026-03-28T23:00:00Z', '2026-03-29T21:59:59.999Z', '2026-03-29T22:00:00Z', 23],
    ['Europe/Berlin', '2026-10-24T22:00:00Z', '2026-10-25T22:59:59.999Z', '2026-10-25T23:00:00Z', 25],
  ])('%s: the counter resets at local midnight on a daylight-saving day', (zone, dayStart, lastInstant, midnight, hours) => {
    const policy = { ...utc, teamTimeZone: zone };
    const claims = Array.from({ length: 10 }, (_, i) => new Date(at(dayStart).getTime() + i * 3_600_000));
    const window = claimDayWindow(at(lastInstant), zone);
    expect((window.end.getTime() - window.start.getTime()) / 3_600_000).toBe(hours);

    const late = decideClaim(claim({ policy, now: at(lastInstant), claimsToday: claimsToday(claims, at(lastInstant), zone) }));
    expect(late).toMatchObject({ ok: false, code: 'DAILY_LIMIT_REACHED', retryAt: at(midnight) });
    const next = decideClaim(claim({ policy, now: at(midnight), claimsToday: claimsToday(claims, at(midnight), zone) }));
    expect(next).toEqual({ ok: true });
  });

  it('one instant: a Shanghai rep is on a fresh day while a Los Angeles rep is still at the limit', () => {
    const instant = at('2026-03-10T17:30:00Z');
    const claims = Array.from({ length: 10 }, (_, i) => new Date(at('2026-03-10T14:00:00Z').getTime() + i * 60_000));
    const decide = (zone: string) =>
      decideClaim(claim({ now: instant, policy: { ...utc, teamTimeZone: zone }, claimsToday: claimsToday(claims, instant, zone) }));
    expect(decide('Asia/Shanghai')).toEqual({ ok: true });
    expect(decide('America/Los_Angeles')).toMatchObject({ code: 'DAILY_LIMIT_REACHED', retryAt: at('2026-03-11T07:00:00Z') });
  });
});
