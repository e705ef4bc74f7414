/**
 * Day arithmetic in the team's time zone. "N days" means the same wall-clock time N calendar
 * days later where the team works: a period that starts at 10:00 ends at 10:00 even across a
 * daylight-saving change (it is then an hour shorter or longer in absolute time). Hours, in
 * contrast, are absolute (see the new-entry cooldown).
 *
 * This is exactly what PostgreSQL does for `timestamptz ± interval 'N days'` when the session
 * TimeZone is the team's zone, including its rule for wall times that do not exist or exist twice
 * (see `instantOfWallClock`), so a SQL sweep and these functions agree to the millisecond.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What the team's clocks show at `instant`, encoded as milliseconds of a UTC date (no DST in it). */
function wallClockOf(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

const QUARTER_HOUR_MS = 15 * 60_000;
/** Since 1972 every zone's offset, and every change of it, falls on a whole quarter hour. */
const QUARTER_HOURS_FROM = Date.UTC(1972, 0, 1);
const MAX_CACHED_PER_ZONE = 200_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The zone's offset from UTC at `instant`, in ms (east positive). Formatting is the slow part of
 * this module, so an offset read once is kept for its whole UTC quarter hour: a sweep over many
 * customers then reads each offset once.
 */
function offsetAt(instant: number, timeZone: string): number {
  if (instant < QUARTER_HOURS_FROM) return readOffset(instant, timeZone);
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(instant / QUARTER_HOUR_MS);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    if (zone.size >= MAX_CACHED_PER_ZONE) zone.clear();
    offset = readOffset(quarter * QUARTER_HOUR_MS, timeZone);
    zone.set(quarter, offset);
  }
  return offset;
}

function readOffset(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = Number(p.value);
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - wholeSecond;
}

/**
 * The instant at which the team's clocks show `wall`. PostgreSQL's rule for the two odd cases:
 * a wall time skipped when clocks go forward is read with the offset before the change (02:30 on
 * a spring-forward night is 03:30 new time); a wall time that happens twice when clocks go back
 * is read with the offset after the change (the later of the two).
 */
function instantOfWallClock(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  if (before === after) return wall - before;
  if (offsetAt(wall - after, timeZone) === after) return wall - after;
  return wall - before;
}

/**
 * `instant` moved by `days` calendar days in the team's zone, keeping the wall-clock time.
 * Zero days is the same instant, as in PostgreSQL (re-reading the wall time would move an
 * instant in the repeated hour of a fall-back night to its second occurrence).
 */
export function addTeamDays(instant: Date, days: number, timeZone: string): Date {
  if (days === 0) return new Date(instant.getTime());
  return new Date(instantOfWallClock(wallClockOf(instant.getTime(), timeZone) + days * DAY_MS, timeZone));
}

/** The team's calendar day containing `now`, as the instants [start, end): 23, 24 or 25 hours long. */
export function teamDayWindow(now: Date, timeZone: string): { start: Date; end: Date } {
  const midnight = Math.floor(wallClockOf(now.getTime(), timeZone) / DAY_MS) * DAY_MS;
  return {
    start: new Date(instantOfWallClock(midnight, timeZone)),
    end: new Date(instantOfWallClock(midnight + DAY_MS, timeZone)),
  };
}

/** "2026-03-08 10:00" as the team's clocks show it: for messages, not for parsing. */
export function formatTeamTime(instant: Date, timeZone: string): string {
  return new Date(wallClockOf(instant.getTime(), timeZone)).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * An IANA zone name both Intl and PostgreSQL read the same way. Offsets like "+01:00" are
 * refused: PostgreSQL reads POSIX-style offsets with the opposite sign.
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
