/**
 * Date formatting for people, in the viewer's locale and time zone. Functions take `now`
 * so that "3 days ago" is testable and consistent within one render.
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function formatRelative(iso: string | null | undefined, now: Date = new Date(), locale?: string): string {
  if (!iso) return '—';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '—';
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return Math.abs(seconds) < 45 ? 'just now' : rtf.format(Math.trunc(seconds / 60), 'minute');
}

/** An instant as a calendar date, e.g. "22 Nov 2026". */
export function formatDate(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** An instant with its time, for tooltips and history rows. */
export function formatDateTime(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/**
 * A calendar date (YYYY-MM-DD, e.g. a birthday) has no time zone: format it as UTC so it
 * never shifts to the previous day west of Greenwich.
 */
export function formatCalendarDate(value: string | null | undefined, locale?: string): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value || '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** The viewer's own zone, for rules phrased in calendar days (e.g. "birthday not in the future"). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A calendar date (YYYY-MM-DD) short, for chart axes: "22 Nov"; `month` gives "Nov 2026". */
export function formatCalendarShort(value: string, unit: 'day' | 'month' = 'day', locale?: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const options: Intl.DateTimeFormatOptions =
    unit === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${value}T00:00:00Z`));
}
