import { describe, expect, it } from 'vitest';
import { endOfTeamDay, teamDateOf } from './team-day';

describe('endOfTeamDay', () => {
  it.each([
    ['2026-12-09', 'UTC', '2026-12-09T23:59:59.000Z'],
    ['2026-12-09', 'Europe/Berlin', '2026-12-09T22:59:59.000Z'],
    ['2026-12-09', 'Asia/Shanghai', '2026-12-09T15:59:59.000Z'],
    ['2026-12-09', 'America/Los_Angeles', '2026-12-10T07:59:59.000Z'],
    ['2026-12-09', 'Pacific/Kiritimati', '2026-12-09T09:59:59.000Z'],
    ['2026-12-09', 'Pacific/Pago_Pago', '2026-12-10T10:59:59.000Z'],
    // The night clocks go back in Berlin: the day is 25 hours long and still ends at midnight.
    ['2026-10-25', 'Europe/Berlin', '2026-10-25T22:59:59.000Z'],
  ])('ends %s in %s at %s', (date, zone, end) => {
    expect(endOfTeamDay(date, zone)?.toISOString()).toBe(end);
    expect(teamDateOf(endOfTeamDay(date, zone)!, zone)).toBe(date);
  });

  it('reads a blank or impossible date as none', () => {
    expect(endOfTeamDay('', 'UTC')).toBeNull();
    expect(endOfTeamDay('2026-02-30x', 'UTC')).toBeNull();
  });
});
