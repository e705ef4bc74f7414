import { describe, expect, it } from 'vitest';
import { fromDateTimeInputValue, toDateTimeInputValue } from './date-time-input';

describe('date-time inputs', () => {
  it('round-trips an instant through the local wall-clock value, to the minute', () => {
    const instant = new Date(2026, 10, 22, 14, 30, 59);
    expect(toDateTimeInputValue(instant)).toBe('2026-11-22T14:30');
    expect(fromDateTimeInputValue('2026-11-22T14:30')?.getTime()).toBe(new Date(2026, 10, 22, 14, 30).getTime());
  });

  it('refuses blanks and malformed values', () => {
    expect(fromDateTimeInputValue('')).toBeNull();
    expect(fromDateTimeInputValue('22/11/2026 14:30')).toBeNull();
    expect(fromDateTimeInputValue('2026-13-40T25:99')).toBeNull();
  });
});
