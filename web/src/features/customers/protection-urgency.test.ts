import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { protectionUrgency, selectExpiringSoon } from './protection-urgency';

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

  it('lets the clock move customers in', () => {
    const list = [customer('a', at(3 * DAY + 10 * 60_000))];
    expect(selectExpiringSoon(list, now, policy)).toEqual([]);
    expect(selectExpiringSoon(list, new Date(now.getTime() + 10 * 60_000), policy).map((c) => c.id)).toEqual(['a']);
  });
});
