import { describe, expect, it } from 'vitest';
import { addTeamDays, formatTeamTime, HOUR_MS, isValidTimeZone, teamDayWindow } from '../src';

const hoursBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / HOUR_MS;

describe('addTeamDays: N days = same wall-clock time N calendar days later in the team zone', () => {
  it.each([
    // zone, start, days, expected end, absolute hours in between
    ['America/New_York', '2026-03-07T10:00:00-05:00', 1, '2026-03-08T10:00:00-04:00', 23], // spring forward
    ['America/New_York', '2026-10-31T10:00:00-04:00', 1, '2026-11-01T10:00:00-05:00', 25], // fall back
    ['Europe/Berlin', '2026-03-28T10:00:00+01:00', 1, '2026-03-29T10:00:00+02:00', 23],
    ['Europe/Berlin', '2026-10-24T10:00:00+02:00', 1, '2026-10-25T10:00:00+01:00', 25],
    ['America/New_York', '2026-02-20T09:00:00-05:00', 30, '2026-03-22T09:00:00-04:00', 30 * 24 - 1],
    ['America/New_York', '2026-10-15T09:00:00-04:00', 30, '2026-11-14T09:00:00-05:00', 30 * 24 + 1],
    ['Europe/Berlin', '2026-03-10T18:00:00+01:00', 30, '2026-04-09T18:00:00+02:00', 30 * 24 - 1],
    ['Europe/Berlin', '2026-10-10T09:00:00+02:00', 30, '2026-11-09T09:00:00+01:00', 30 * 24 + 1],
    ['Asia/Shanghai', '2026-03-01T09:00:00+08:00', 30, '2026-03-31T09:00:00+08:00', 30 * 24], // no DST
    ['UTC', '2026-03-01T09:00:00Z', 30, '2026-03-31T09:00:00Z', 30 * 24],
    ['America/New_York', '2026-03-10T10:00:00-04:00', -3, '2026-03-07T10:00:00-05:00', -71], // reminder lead, backwards
    ['America/New_York', '1969-10-25T10:00:00-04:00', 1, '1969-10-26T10:00:00-05:00', 25], // before 1972: read without the cache
  ])('%s: %s + %i days = %s (%i h)', (zone, start, days, end, hours) => {
    const result = addTeamDays(new Date(start), days, zone);
    expect(result.toISOString()).toBe(new Date(end).toISOString());
    expect(hoursBetween(new Date(start), result)).toBe(hours);
  });

  // Values PostgreSQL 15 returned for `timestamptz '<start>' + interval '<days> days'` with
  // `SET TIME ZONE '<zone>'`: the server's SQL and these rules must agree to the millisecond.
  it.each([
    ['America/New_York', '2026-03-07T07:30:00Z', 1, '2026-03-08T07:30:00Z'], // 02:30 does not exist: read as 03:30 EDT
    ['America/New_York', '2026-10-31T05:30:00Z', 1, '2026-11-01T06:30:00Z'], // 01:30 happens twice: the later (EST)
    ['America/New_York', '2026-11-01T05:30:00Z', -1, '2026-10-31T05:30:00Z'],
    ['America/New_York', '2026-11-01T06:30:00Z', -30, '2026-10-02T05:30:00Z'],
    ['Europe/Berlin', '2026-03-28T01:30:00Z', 1, '2026-03-29T01:30:00Z'],
    ['Europe/Berlin', '2026-10-24T00:30:00Z', 1, '2026-10-25T01:30:00Z'],
    ['America/Santiago', '2026-09-05T04:30:00Z', 1, '2026-09-06T04:30:00Z'], // clocks skip midnight there
    ['Australia/Lord_Howe', '2026-10-03T15:15:00Z', 1, '2026-10-04T14:45:00Z'], // a 30-minute change
  ])('matches PostgreSQL in %s: %s + %i days', (zone, start, days, expected) => {
    expect(addTeamDays(new Date(start), days, zone).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('adds zero days as the same instant, even inside a repeated hour', () => {
    const firstOneThirty = new Date('2026-11-01T05:30:00Z'); // 01:30 EDT, before the clocks go back
    expect(addTeamDays(firstOneThirty, 0, 'America/New_York').getTime()).toBe(firstOneThirty.getTime());
  });
});

describe('teamDayWindow: the team calendar day as instants', () => {
  it.each([
    ['America/New_York', '2026-03-08T12:00:00Z', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z', 23],
    ['America/New_York', '2026-11-01T12:00:00Z', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z', 25],
    ['Europe/Berlin', '2026-03-29T12:00:00Z', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 23],
    ['Europe/Berlin', '2026-10-25T12:00:00Z', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 25],
    ['Asia/Shanghai', '2026-03-10T17:30:00Z', '2026-03-10T16:00:00Z', '2026-03-11T16:00:00Z', 24],
    ['America/Los_Angeles', '2026-03-10T17:30:00Z', '2026-03-10T07:00:00Z', '2026-03-11T07:00:00Z', 24],
  ])('%s at %s: [%s, %s), %i hours', (zone, now, start, end, hours) => {
    const w = teamDayWindow(new Date(now), zone);
    expect(w.start.toISOString()).toBe(new Date(start).toISOString());
    expect(w.end.toISOString()).toBe(new Date(end).toISOString());
    expect(hoursBetween(w.start, w.end)).toBe(hours);
  });
});

describe('time zone names and display', () => {
  it.each([
    ['Europe/Berlin', true],
    ['America/Los_Angeles', true],
    ['UTC', true],
    ['Etc/GMT+5', true],
    ['Mars/Olympus_Mons', false],
    ['+01:00', false], // PostgreSQL would read a POSIX offset with the opposite sign
    ['', false],
    [42, false],
  ])('isValidTimeZone(%j) = %s', (zone, ok) => {
    expect(isValidTimeZone(zone)).toBe(ok);
  });

  it('formats an instant as the team clocks show it', () => {
    expect(formatTeamTime(new Date('2026-03-10T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-11 01:30');
    expect(formatTeamTime(new Date('2026-03-10T17:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-10 10:30');
  });
});
