import { BerthError, fieldProblem } from '@berth/domain';
import type { CustomerSortField } from '../../graphql/enums';
import { parseId } from '../../graphql/ids';
import { SORT_KEYS, type SortKeyType } from './customer-sort-keys';

/**
 * Keyset cursors: the sort key of the last row seen and its id, so paging stays stable while
 * rows are added and costs the same on page 1 and page 1,000. A cursor names the sort it was
 * made for, and its key is cast back to that sort's SQL type.
 */
export interface CustomerCursor {
  key: string;
  id: number;
}

/** Far longer than any cursor this list hands out (a 200-character name, a timestamp, an id). */
const MAX_CURSOR_LENGTH = 2_000;

export function encodeCursor(field: CustomerSortField, cursor: CustomerCursor): string {
  return Buffer.from(JSON.stringify([field, cursor.key, cursor.id])).toString('base64url');
}

/**
 * A cursor comes back from the client, who may have edited it: anything but one this list
 * could have handed out for this sort is refused as `after` here, before its key reaches SQL
 * (where a key that is no timestamp, a NUL, or an id past 2^31 would fail the query).
 */
export function decodeCursor(raw: string, field: CustomerSortField): CustomerCursor {
  const parsed = raw.length <= MAX_CURSOR_LENGTH ? parseJson(Buffer.from(raw, 'base64url').toString('utf8')) : undefined;
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [sortedBy, key, rawId] = parsed;
    const id = typeof rawId === 'number' ? parseId(rawId) : null;
    if (sortedBy === field && typeof key === 'string' && id !== null && KEY_READS_AS[SORT_KEYS[field].type](key)) return { key, id };
  }
  throw BerthError.badInput([fieldProblem('after', 'INVALID_CURSOR')]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether PostgreSQL will read a key back as this type: the text it wrote, never anything it refuses. */
const KEY_READS_AS: Record<SortKeyType, (key: string) => boolean> = {
  varchar: (key) => key.length <= MAX_CURSOR_LENGTH && !key.includes('\u0000'),
  timestamptz: isTimestamptzText,
};

// PostgreSQL's ISO output: `2026-11-22 09:00:00.123+00`, `… +05:30`, `… BC`, or ±infinity.
const TIMESTAMPTZ_TEXT = /^(\d{4,6})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.\d{1,6})?[+-](\d\d)(?::(\d\d))?(?::(\d\d))?( BC)?$/;

function isTimestamptzText(key: string): boolean {
  if (key === 'infinity' || key === '-infinity') return true;
  const m = TIMESTAMPTZ_TEXT.exec(key);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes, offsetSeconds] = m.slice(1, 10).map((part) => Number(part ?? 0));
  const bc = m[10] !== undefined;
  // Within PostgreSQL's range (4713 BC to 294276 AD), kept a year inside each end.
  if (year < 1 || year > (bc ? 4712 : 294275) || month < 1 || month > 12) return false;
  // The Gregorian calendar repeats every 400 years; 1 BC is the astronomical year 0.
  const cycleYear = ((((bc ? 1 - year : year) % 400) + 400) % 400) + 2000;
  const daysInMonth = new Date(Date.UTC(cycleYear, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 15 && offsetMinutes <= 59 && offsetSeconds <= 59;
}
