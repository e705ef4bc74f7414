import { describe, expect, it } from 'vitest';
import { groupCounts, returnReasonName } from './analytics-format';

const LABELS = [{ code: 'NO_BUDGET', label: 'No budget this year' }];

describe('return reasons on the chart', () => {
  it('names a code by its label; a code no longer in the policy by itself; no code as not recorded', () => {
    expect(returnReasonName('NO_BUDGET', LABELS)).toBe('No budget this year');
    expect(returnReasonName('WRONG_REGION', LABELS)).toBe('WRONG_REGION');
    expect(returnReasonName('', LABELS)).toBe('Not recorded');
  });

  it('makes one bar per name, largest first', () => {
    const rows = [
      { reason: 'NO_BUDGET', count: 2 },
      { reason: '', count: 3 },
      { reason: 'OTHER', count: 4 },
    ];
    expect(groupCounts(rows, (r) => returnReasonName(r, LABELS))).toEqual([
      { name: 'OTHER', count: 4 },
      { name: 'Not recorded', count: 3 },
      { name: 'No budget this year', count: 2 },
    ]);
  });
});
