import { DAY_MS, formatTeamTime, teamDayWindow } from '@berth/domain';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The team's calendar day containing `instant`, as YYYY-MM-DD (what a date input shows). */
export function teamDateOf(instant: Date, timeZone: string): string {
  return formatTeamTime(instant, timeZone).slice(0, 10);
}

/**
 * The last second of calendar day `date` (YYYY-MM-DD) where the team works: an end date chosen as
 * a day means "through that day", and the list shows the same day back. Null for a blank or
 * malformed value. Noon UTC lies within a day of the date in every zone, so at most two steps find it.
 */
export function endOfTeamDay(date: string, timeZone: string): Date | null {
  if (!CALENDAR_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  let probe = new Date(`${date}T12:00:00Z`);
  for (let step = 0; step < 3; step++) {
    const day = teamDayWindow(probe, timeZone);
    const shown = teamDateOf(day.start, timeZone);
    if (shown === date) return new Date(day.end.getTime() - 1000);
    probe = new Date(probe.getTime() + (shown < date ? DAY_MS : -DAY_MS));
  }
  return null;
}
