import { describe, expect, it } from 'vitest';
import { writeRate } from './write-rate';

const STARTED = '2026-12-01T09:10:00.000Z';
const after = (seconds: number) => new Date(Date.parse(STARTED) + seconds * 1000);

describe('the pace of an import being written', () => {
  it('is the rows done over the time since the start, and the rows left at that pace', () => {
    expect(writeRate(100, 600, STARTED, after(50))).toEqual({ rowsPerSecond: 2, secondsLeft: 250 });
    expect(writeRate(600, 600, STARTED, after(120))).toEqual({ rowsPerSecond: 5, secondsLeft: 0 });
  });

  it('is not told before a row is written, without a start, or on a clock that reads before the start', () => {
    expect(writeRate(0, 600, STARTED, after(50))).toBeNull();
    expect(writeRate(100, 600, null, after(50))).toBeNull();
    expect(writeRate(100, 600, STARTED, after(0))).toBeNull();
    expect(writeRate(100, 600, STARTED, after(-5))).toBeNull();
  });
});
