import { describe, expect, it } from 'vitest';
import { describeEnd, describeProtection, describeTimeLeft } from './protection-countdown';

const now = new Date('2026-11-22T10:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();
const HOUR = 3_600_000;

describe('describeProtection', () => {
  it('counts whole days while there are any, rounding down', () => {
    expect(describeProtection(after(12.7 * 24 * HOUR), now)).toBe('protected for 12 more days');
    expect(describeProtection(after(24 * HOUR), now)).toBe('protected for 1 more day');
  });

  it('switches to hours, then minutes, on the last day', () => {
    expect(describeProtection(after(5.9 * HOUR), now)).toBe('protection ends in 5 h');
    expect(describeProtection(after(23.99 * HOUR), now)).toBe('protection ends in 23 h');
    expect(describeProtection(after(35 * 60_000), now)).toBe('protection ends in 35 min');
    expect(describeProtection(after(20_000), now)).toBe('protection ends in 1 min');
  });

  it('says when it is over, and says nothing without an end', () => {
    expect(describeProtection(after(0), now)).toBe('protection has ended');
    expect(describeProtection(after(-HOUR), now)).toBe('protection has ended');
    expect(describeProtection(null, now)).toBeNull();
    expect(describeProtection('not a date', now)).toBeNull();
  });
});

describe('describeTimeLeft', () => {
  it('uses the same units and rounding, shortly', () => {
    expect(describeTimeLeft(after(12.7 * 24 * HOUR), now)).toBe('12 days left');
    expect(describeTimeLeft(after(24 * HOUR), now)).toBe('1 day left');
    expect(describeTimeLeft(after(5.9 * HOUR), now)).toBe('5 h left');
    expect(describeTimeLeft(after(20_000), now)).toBe('1 min left');
  });

  it('says nothing once ended or without an end', () => {
    expect(describeTimeLeft(after(0), now)).toBeNull();
    expect(describeTimeLeft(null, now)).toBeNull();
  });
});

describe('describeEnd', () => {
  it('phrases the same countdown as what happens to the protection', () => {
    expect(describeEnd(after(2.5 * 24 * HOUR), now)).toBe('ends in 2 days');
    expect(describeEnd(after(24 * HOUR), now)).toBe('ends in 1 day');
    expect(describeEnd(after(5.9 * HOUR), now)).toBe('ends in 5 h');
    expect(describeEnd(after(-HOUR), now)).toBe('has ended');
    expect(describeEnd(null, now)).toBeNull();
  });
});
