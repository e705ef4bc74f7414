import { calendarDate } from '../time';
import { teamDayWindow } from './team-time';

/** The calendar day (YYYY-MM-DD) in the team's zone that a claim at `now` counts against. */
export function claimDay(now: Date, timeZone: string): string {
  return calendarDate(now, timeZone);
}

/**
 * The claim day of `now` as instants [start, end): the server counts a rep's claims with
 * `claimed_at >= start AND claimed_at < end`. The counter resets at local midnight, so on a
 * daylight-saving day the window is 23 or 25 hours long.
 */
export function claimDayWindow(now: Date, timeZone: string): { day: string; start: Date; end: Date } {
  return { day: claimDay(now, timeZone), ...teamDayWindow(now, timeZone) };
}
