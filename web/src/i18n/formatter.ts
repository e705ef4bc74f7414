import type { IntlShape } from 'react-intl';
import { protectionLeft } from './protection-left';
import type { MessageKey } from './catalogue/en';
import type { Translate } from './translator';

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const DASH = '—';

/** One way of saying a countdown, by the unit it is in; `ended` null: say nothing once over. */
interface CountdownPhrasing {
  ended: MessageKey | null;
  day: MessageKey;
  h: MessageKey;
  min: MessageKey;
}
const TIME_LEFT: CountdownPhrasing = { ended: null, day: 'time.daysLeft', h: 'time.hoursLeft', min: 'time.minutesLeft' };
const PROTECTION: CountdownPhrasing = {
  ended: 'time.protectionEnded',
  day: 'time.protectedForDays',
  h: 'time.protectionEndsInHours',
  min: 'time.protectionEndsInMinutes',
};
const END: CountdownPhrasing = { ended: 'time.ended', day: 'time.endsInDays', h: 'time.endsInHours', min: 'time.endsInMinutes' };
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function instant(iso: string | Date | null | undefined): Date | null {
  if (!iso) return null;
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The one place that decides how a date, a time, a figure or a time span looks: in the viewer's
 * language and the team's time zone. Components get it from `useFormat()`; pure code takes it as a
 * parameter. "—" stands for a value that does not exist.
 */
export function createFormatter(intl: IntlShape, t: Translate) {
  const timeZone = intl.timeZone;
  /** What is left of a protection in one of the phrasings below; null without an end. */
  const countdown = (protectedUntil: string | null | undefined, now: Date, phrasing: CountdownPhrasing): string | null => {
    const left = protectionLeft(protectedUntil, now);
    if (!left) return null;
    if (left.ended) return phrasing.ended && t(phrasing.ended);
    return t(phrasing[left.unit], { count: left.amount });
  };
  return {
    locale: intl.locale,
    timeZone,

    /** "Dec 9, 2026" / "2026年12月9日". */
    date(iso: string | Date | null | undefined): string {
      const date = instant(iso);
      return date ? intl.formatDate(date, { dateStyle: 'medium' }) : DASH;
    },

    /** "Dec 9, 2026, 3:04 PM", for tooltips and history rows. */
    dateTime(iso: string | Date | null | undefined): string {
      const date = instant(iso);
      return date ? intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' }) : DASH;
    },

    /** Day and month only, "5 Jan" / "1月5日", for near dates in sentences. */
    dayMonth(iso: string | Date | null | undefined): string {
      const date = instant(iso);
      return date ? intl.formatDate(date, { day: 'numeric', month: 'short' }) : DASH;
    },

    /** "3 days ago", "in 2 weeks", "just now": the largest whole unit. */
    relative(iso: string | Date | null | undefined, now: Date = new Date()): string {
      const then = instant(iso);
      if (!then) return DASH;
      const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
      for (const [unit, size] of RELATIVE_UNITS) {
        if (Math.abs(seconds) >= size) return intl.formatRelativeTime(Math.trunc(seconds / size), unit, { numeric: 'auto' });
      }
      return Math.abs(seconds) < 45 ? t('time.justNow') : intl.formatRelativeTime(Math.trunc(seconds / 60), 'minute', { numeric: 'auto' });
    },

    /** A calendar date (YYYY-MM-DD, e.g. a birthday) has no zone: shown as UTC so it never shifts a day. */
    calendarDate(value: string | null | undefined): string {
      if (!value || !CALENDAR_DATE.test(value)) return value || DASH;
      return intl.formatDate(new Date(`${value}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
    },

    /** A calendar date short, for chart axes: "22 Nov"; `month` gives "Nov 2026". */
    calendarShort(value: string, unit: 'day' | 'month' = 'day'): string {
      if (!CALENDAR_DATE.test(value)) return value;
      const options: Intl.DateTimeFormatOptions =
        unit === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
      return intl.formatDate(new Date(`${value}T00:00:00Z`), options);
    },

    count(value: number | null | undefined): string {
      if (value === null || value === undefined || Number.isNaN(value)) return DASH;
      return intl.formatNumber(value, { maximumFractionDigits: 0 });
    },

    /** A share 0..1 as a percentage, e.g. 0.256 → "25.6%". */
    share(value: number | null | undefined, fractionDigits = 1): string {
      if (value === null || value === undefined || Number.isNaN(value)) return DASH;
      return intl.formatNumber(value, { style: 'percent', maximumFractionDigits: fractionDigits });
    },

    /** A measured quantity (days, a ratio), e.g. 2.345 → "2.35". */
    decimal(value: number | null | undefined, fractionDigits = 2): string {
      if (value === null || value === undefined || Number.isNaN(value)) return DASH;
      return intl.formatNumber(value, { maximumFractionDigits: fractionDigits });
    },

    /** Names in a sentence: "Ann, Bob and Cid" / "Ann、Bob和Cid". */
    list(items: readonly string[]): string {
      return intl.formatList(items, { type: 'conjunction' });
    },

    /** "12 days left", "5 h left", "35 min left"; null once ended or without an end. */
    timeLeft: (protectedUntil: string | null | undefined, now: Date) => countdown(protectedUntil, now, TIME_LEFT),

    /** As a clause: "protected for 12 more days", then "protection ends in 5 h"; null without an end. */
    protection: (protectedUntil: string | null | undefined, now: Date) => countdown(protectedUntil, now, PROTECTION),

    /** As a predicate, for sentences that name the customer: "ends in 2 days", "has ended". */
    end: (protectedUntil: string | null | undefined, now: Date) => countdown(protectedUntil, now, END),
  };
}

export type Formatter = ReturnType<typeof createFormatter>;
