import { BerthError, fieldProblem, type FieldProblem } from '../errors';
import { calendarDate } from '../time';
import { DAY_MS, teamDayWindow } from '../pool/team-time';

export const ANALYTICS_RANGE_PRESETS = ['TODAY', 'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_90_DAYS', 'CUSTOM'] as const;
export type AnalyticsRangePreset = (typeof ANALYTICS_RANGE_PRESETS)[number];
export const ANALYTICS_BUCKETS = ['DAY', 'WEEK', 'MONTH'] as const;
export type AnalyticsBucket = (typeof ANALYTICS_BUCKETS)[number];

export const ANALYTICS_LIMITS = { maxBuckets: 1000, maxYears: 2 } as const;

export interface AnalyticsRangeRequest {
  preset: AnalyticsRangePreset;
  /** CUSTOM only: first and last team day included, YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  bucket: AnalyticsBucket;
}

/** One bucket: its first and last team day, and the instants [startAt, endAt) they span. */
export interface AnalyticsBucketSpan {
  start: string;
  end: string;
  startAt: Date;
  endAt: Date;
}

export interface AnalyticsRange {
  from: string;
  to: string;
  timeZone: string;
  bucket: AnalyticsBucket;
  /** Local midnight starting `from` and local midnight after `to`. */
  startAt: Date;
  endAt: Date;
  buckets: AnalyticsBucketSpan[];
}

const PRESET_DAYS: Record<Exclude<AnalyticsRangePreset, 'CUSTOM'>, number> = { TODAY: 1, LAST_7_DAYS: 7, LAST_30_DAYS: 30, LAST_90_DAYS: 90 };

/**
 * The team days a request covers, cut into buckets: days run local midnight to local midnight
 * (23 or 25 hours across a daylight-saving change), weeks start on Monday, months on the 1st.
 * The first and last bucket are clipped to the range. Presets end today. Refuses a range longer
 * than two years, an end before its start, and more than 1,000 buckets, naming the field.
 */
export function analyticsRange(req: AnalyticsRangeRequest, now: Date, timeZone: string): AnalyticsRange {
  const today = calendarDate(now, timeZone);
  let from: string;
  let to: string;
  if (req.preset === 'CUSTOM') {
    const problems: FieldProblem[] = [];
    const f = dateProblem(req.from, 'input.from', problems);
    const t = dateProblem(req.to, 'input.to', problems);
    if (problems.length) throw BerthError.badInput(problems);
    from = f!;
    to = t!;
    if (to < from) throw BerthError.badInput([fieldProblem('input.to', 'BEFORE_START')]);
    if (to >= addYears(from, ANALYTICS_LIMITS.maxYears)) {
      throw BerthError.badInput([fieldProblem('input.to', 'RANGE_TOO_LONG', { years: ANALYTICS_LIMITS.maxYears })]);
    }
  } else {
    to = today;
    from = addDays(today, 1 - PRESET_DAYS[req.preset]);
  }
  const starts = bucketStarts(from, to, req.bucket);
  if (starts.length > ANALYTICS_LIMITS.maxBuckets) {
    throw BerthError.badInput([fieldProblem('input.bucket', 'TOO_MANY_BUCKETS', { count: starts.length, max: ANALYTICS_LIMITS.maxBuckets })]);
  }
  const buckets = starts.map((start, i) => {
    const end = i + 1 < starts.length ? addDays(starts[i + 1], -1) : to;
    return { start, end, startAt: teamMidnight(start, timeZone), endAt: teamMidnight(addDays(end, 1), timeZone) };
  });
  return { from, to, timeZone, bucket: req.bucket, startAt: buckets[0].startAt, endAt: buckets[buckets.length - 1].endAt, buckets };
}

/** The first day of each bucket from `from` to `to`: every day, each Monday, or each 1st (the first clipped to `from`). */
export function bucketStarts(from: string, to: string, bucket: AnalyticsBucket): string[] {
  const starts = [from];
  let day = from;
  for (;;) {
    day = nextBucketStart(day, bucket);
    if (day > to) return starts;
    starts.push(day);
    if (starts.length > ANALYTICS_LIMITS.maxBuckets) return starts; // enough to refuse
  }
}

function nextBucketStart(day: string, bucket: AnalyticsBucket): string {
  if (bucket === 'DAY') return addDays(day, 1);
  const d = utcDate(day);
  if (bucket === 'WEEK') return addDays(day, 7 - ((d.getUTCDay() + 6) % 7)); // next Monday
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** The bucket holding a team day (YYYY-MM-DD), by binary search over the starts; -1 outside. */
export function bucketIndexOfDay(range: Pick<AnalyticsRange, 'buckets' | 'to'>, day: string): number {
  const { buckets } = range;
  if (!buckets.length || day < buckets[0].start || day > range.to) return -1;
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (buckets[mid].start <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The instant the team's clocks show midnight starting `day` (YYYY-MM-DD). */
export function teamMidnight(day: string, timeZone: string): Date {
  let guess = utcDate(day).getTime() + DAY_MS / 2;
  for (let i = 0; i < 4; i++) {
    const local = calendarDate(new Date(guess), timeZone);
    if (local === day) return teamDayWindow(new Date(guess), timeZone).start;
    guess += local < day ? DAY_MS / 2 : -DAY_MS / 2;
  }
  throw new Error(`no midnight found for ${day} in ${timeZone}`);
}

export function addDays(day: string, n: number): string {
  return new Date(utcDate(day).getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

function addYears(day: string, n: number): string {
  const d = utcDate(day);
  return new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate())).toISOString().slice(0, 10);
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dateProblem(value: string | null | undefined, field: string, problems: FieldProblem[]): string | null {
  if (value == null || value === '') {
    problems.push(fieldProblem(field, 'REQUIRED_FOR_CUSTOM_RANGE'));
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || utcDate(value).toISOString().slice(0, 10) !== value) {
    problems.push(fieldProblem(field, 'DATE_FORMAT'));
    return null;
  }
  return value;
}
