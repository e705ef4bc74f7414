import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

const now = new Date('2026-11-22T10:00:00Z');
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();
const HOUR = 3_600_000;
const en = createI18n('en', 'UTC').fmt;
const zh = createI18n('zh-CN', 'Asia/Shanghai').fmt;

describe('the countdown of a protection', () => {
  it('counts whole days while there are any, then hours, then minutes, rounding down', () => {
    expect(en.protection(after(12.7 * 24 * HOUR), now)).toBe('protected for 12 more days');
    expect(en.protection(after(24 * HOUR), now)).toBe('protected for 1 more day');
    expect(en.protection(after(5.9 * HOUR), now)).toBe('protection ends in 5 h');
    expect(en.protection(after(35 * 60_000), now)).toBe('protection ends in 35 min');
    expect(en.protection(after(20_000), now)).toBe('protection ends in 1 min');
  });

  it('says when it is over, and nothing without an end', () => {
    expect(en.protection(after(-HOUR), now)).toBe('protection has ended');
    expect(en.protection(null, now)).toBeNull();
    expect(en.protection('not a date', now)).toBeNull();
    expect(en.timeLeft(after(0), now)).toBeNull();
    expect(en.end(after(-HOUR), now)).toBe('has ended');
    expect(en.end(null, now)).toBeNull();
  });

  it('has a short form and a predicate, in both languages', () => {
    expect(en.timeLeft(after(12.7 * 24 * HOUR), now)).toBe('12 days left');
    expect(en.timeLeft(after(5.9 * HOUR), now)).toBe('5 h left');
    expect(en.end(after(2.5 * 24 * HOUR), now)).toBe('ends in 2 days');
    expect(zh.timeLeft(after(2.5 * 24 * HOUR), now)).toBe('还剩 2 天');
    expect(zh.timeLeft(after(5.9 * HOUR), now)).toBe('还剩 5 小时');
    expect(zh.protection(after(-HOUR), now)).toBe('保护期已结束');
  });
});

describe('dates', () => {
  it('keeps a calendar date (a birthday) on its day whatever the zone', () => {
    expect(createI18n('en', 'America/Los_Angeles').fmt.calendarDate('1980-04-23')).toBe('Apr 23, 1980');
    expect(zh.calendarDate('1980-04-23')).toBe('1980年4月23日');
  });

  it("shows instants in the team's zone", () => {
    expect(createI18n('en', 'Asia/Shanghai').fmt.date('2026-11-22T23:30:00Z')).toBe('Nov 23, 2026');
    expect(createI18n('en', 'America/New_York').fmt.date('2026-11-22T23:30:00Z')).toBe('Nov 22, 2026');
    expect(zh.dayMonth('2027-01-04T20:00:00Z')).toBe('1月5日');
  });

  it('shows a dash for missing or broken values', () => {
    expect(en.date(null)).toBe('—');
    expect(en.relative('not a date', now)).toBe('—');
    expect(en.count(undefined)).toBe('—');
  });

  it('writes figures the way each language does', () => {
    expect(en.count(12345)).toBe('12,345');
    expect(en.share(0.256)).toBe('25.6%');
    expect(zh.relative('2026-11-19T10:00:00Z', now)).toBe('3天前');
  });
});
