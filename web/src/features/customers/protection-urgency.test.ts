import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { expiringSoonBoundary, protectionUrgency, selectExpiringSoon } from './protection-urgency';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-11-22T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const policy = { ...DEFAULT_POOL_POLICY, reminderLeadDays: 3, teamTimeZone: 'UTC' };

describe('protectionUrgency', () => {
  it('is green outside the reminder lead, amber inside it, red once over', () => {
    expect(protectionUrgency(at(3 * DAY + 1), now, policy)).toBe('PROTECTED');
    expect(protectionUrgency(at(3 * DAY), now, policy)).toBe('EXPIRING_SOON');
    expect(protectionUrgency(at(1), now, policy)).toBe('EXPIRING_SOON');
    expect(protectionUrgency(at(0), now, policy)).toBe('EXPIRED');
    expect(protectionUrgency(at(-DAY), now, policy)).toBe('EXPIRED');
  });

  it('reads the lead from the served policy, in the team calendar', () => {
    const week = { ...policy, reminderLeadDays: 7 };
    expect(protectionUrgency(at(5 * DAY), now, policy)).toBe('PROTECTED');
    expect(protectionUrgency(at(5 * DAY), now, week)).toBe('EXPIRING_SOON');
    // Berlin leaves summer time on 25 Oct 2026: three team days before 27 Oct 10:00 UTC are 73 hours.
    const berlin = { ...policy, teamTimeZone: 'Europe/Berlin' };
    const end = '2026-10-27T10:00:00Z';
    expect(protectionUrgency(end, new Date(Date.parse(end) - 72.5 * HOUR), berlin)).toBe('EXPIRING_SOON');
    expect(protectionUrgency(end, new Date(Date.parse(end) - 72.5 * HOUR), policy)).toBe('PROTECTED');
  });

  it('has nothing to say without an end', () => {
    expect(protectionUrgency(null, now, policy)).toBeNull();
    expect(protectionUrgency('soon', now, policy)).toBeNull();
  });
});

describe('selectExpiringSoon', () => {
  const owner = { id: 'u1' };
  const customer = (id: string, protectedUntil: string | null, owned = true) => ({
    id,
    protectedUntil,
    owner: owned ? owner : null,
    status: 'FOLLOWING_UP' as const,
    locked: false,
  });

  it('keeps owned customers inside the lead or over, soonest end first', () => {
    const picked = selectExpiringSoon(
      [
        customer('safe', at(10 * DAY)),
        customer('two-days', at(2 * DAY)),
        customer('pool', at(HOUR), false),
        customer('ended', at(-HOUR)),
        customer('hours', at(5 * HOUR)),
        customer('no-end', null),
        customer('edge', at(3 * DAY + 1)),
      ],
      now,
      policy,
    );
    expect(picked.map((c) => c.id)).toEqual(['ended', 'hours', 'two-days']);
  });

  it('leaves out won customers while the policy never recycles them', () => {
    const won = { ...customer('won', at(HOUR)), status: 'WON' as const };
    expect(selectExpiringSoon([won], now, policy)).toEqual([]);
    expect(selectExpiringSoon([won], now, { ...policy, excludeWon: false }).map((c) => c.id)).toEqual(['won']);
  });

  it('leaves out locked customers while the policy never recycles them', () => {
    const locked = { ...customer('locked', at(HOUR)), locked: true };
    expect(selectExpiringSoon([locked], now, policy)).toEqual([]);
    expect(selectExpiringSoon([locked], now, { ...policy, excludeLocked: false }).map((c) => c.id)).toEqual(['locked']);
  });

  it('lets the clock move customers in', () => {
    const list = [customer('a', at(3 * DAY + 10 * 60_000))];
    expect(selectExpiringSoon(list, now, policy)).toEqual([]);
    expect(selectExpiringSoon(list, new Date(now.getTime() + 10 * 60_000), policy).map((c) => c.id)).toEqual(['a']);
  });
});

describe('expiringSoonBoundary', () => {
  const MINUTE = 60_000;

  it('is the reminder lead in team days after the next whole minute', () => {
    expect(expiringSoonBoundary(new Date('2026-11-22T10:00:00Z'), policy).toISOString()).toBe('2026-11-25T10:01:00.000Z');
    expect(expiringSoonBoundary(new Date('2026-11-22T10:00:59.999Z'), policy).toISOString()).toBe('2026-11-25T10:01:00.000Z');
    const berlin = { ...policy, teamTimeZone: 'Europe/Berlin' };
    // Three Berlin days from 24 Oct 10:00 UTC cross the end of summer time: 73 hours.
    expect(expiringSoonBoundary(new Date('2026-10-24T10:00:00Z'), berlin).toISOString()).toBe('2026-10-27T11:01:00.000Z');
  });

  it('stays put within a minute', () => {
    const a = expiringSoonBoundary(new Date('2026-11-22T10:00:01Z'), policy);
    const b = expiringSoonBoundary(new Date('2026-11-22T10:00:58Z'), policy);
    expect(a.getTime()).toBe(b.getTime());
  });

  // Every end the countdowns call due must be inside the window the server is asked for, on
  // the nights the clocks change too (reminderStartsAt is not a plain subtraction there).
  it.each([
    ['Europe/Berlin', '2026-03-29T01:00:00Z'],
    ['Europe/Berlin', '2026-10-25T01:00:00Z'],
    ['America/New_York', '2026-03-08T07:00:00Z'],
    ['America/New_York', '2026-11-01T06:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
  ])('covers every due end around a clock change in %s (%s)', (teamTimeZone, change) => {
    const zoned = { ...policy, teamTimeZone, reminderLeadDays: 3 };
    const changeAt = Date.parse(change);
    for (let offset = -5 * DAY; offset <= 2 * DAY; offset += 7 * MINUTE + 13_000) {
      const clock = new Date(changeAt + offset);
      const boundary = expiringSoonBoundary(clock, zoned).getTime();
      for (let end = boundary - 3 * HOUR; end <= boundary + 3 * HOUR; end += 5 * MINUTE) {
        const due = protectionUrgency(new Date(end).toISOString(), clock, zoned) !== 'PROTECTED';
        if (due) expect(end, `${new Date(end).toISOString()} due at ${clock.toISOString()}`).toBeLessThan(boundary);
      }
    }
  });
});
