import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatRelative } from './dates';

const now = new Date('2026-11-22T12:00:00Z');

describe('formatRelative', () => {
  it('says "just now" for the last few seconds', () => {
    expect(formatRelative('2026-11-22T11:59:50Z', now, 'en')).toBe('just now');
  });

  it('picks the largest whole unit', () => {
    expect(formatRelative('2026-11-19T12:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatRelative('2026-11-22T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-12-06T12:00:00Z', now, 'en')).toBe('in 2 weeks');
  });

  it('shows a dash for missing or broken values', () => {
    expect(formatRelative(null, now)).toBe('—');
    expect(formatRelative('not a date', now)).toBe('—');
  });
});

describe('calendar dates', () => {
  it('keeps a birthday on its day whatever the zone', () => {
    expect(formatCalendarDate('1980-04-23', 'en-GB')).toBe('23 Apr 1980');
  });

  it('formats instants in the requested zone', () => {
    expect(formatDate('2026-11-22T23:30:00Z', 'en-GB', 'Asia/Shanghai')).toBe('23 Nov 2026');
    expect(formatDate('2026-11-22T23:30:00Z', 'en-GB', 'America/New_York')).toBe('22 Nov 2026');
  });
});
