import { describe, expect, it } from 'vitest';
import { calendarDate, childPath, isWithinSubtree, pathIds, BerthError, ERROR_CODES, isErrorCode } from '../src';

describe('department paths', () => {
  it('builds child paths from the parent', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/', 4)).toBe('/1/4/');
    expect(pathIds('/1/4/9/')).toEqual([1, 4, 9]);
  });

  it('treats a department as inside its own subtree, and siblings with shared prefixes as outside', () => {
    expect(isWithinSubtree('/1/4/', '/1/4/')).toBe(true);
    expect(isWithinSubtree('/1/4/9/', '/1/4/')).toBe(true);
    expect(isWithinSubtree('/1/44/', '/1/4/')).toBe(false);
  });
});

describe('calendarDate', () => {
  const instant = new Date('2026-03-08T23:30:00Z');
  it('reads the calendar day in the team time zone', () => {
    expect(calendarDate(instant, 'UTC')).toBe('2026-03-08');
    expect(calendarDate(instant, 'Asia/Shanghai')).toBe('2026-03-09');
    expect(calendarDate(instant, 'America/Los_Angeles')).toBe('2026-03-08');
  });
});

describe('error codes', () => {
  it('gives every code a message and a status', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(isErrorCode(code)).toBe(true);
      expect(info.defaultMessage.length).toBeGreaterThan(5);
      expect(info.httpStatus).toBeGreaterThanOrEqual(200);
    }
    expect(isErrorCode('NOPE')).toBe(false);
  });

  it('summarises field problems in the message of a bad-input error', () => {
    const e = BerthError.badInput([{ field: 'email', message: 'is not a valid email address' }]);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe('email: is not a valid email address');
    expect(e.fields).toHaveLength(1);
  });
});
