import { describe, expect, it } from 'vitest';
import { groupCounts, returnReasonName } from './analytics-format';

const LABELS = [{ code: 'NO_BUDGET', label: 'No budget this year' }];

describe('return reasons on the chart', () => {
  it('names a code by its label, and a pool entry’s text by its reason without the note', () => {
    expect(returnReasonName('NO_BUDGET', LABELS)).toBe('No budget this year');
    expect(returnReasonName('returned: Other — their parent company buys', LABELS)).toBe('Other');
    expect(returnReasonName('returned: Not a fit', LABELS)).toBe('Not a fit');
  });

  it('makes one bar per reason, largest first', () => {
    const rows = [
      { reason: 'returned: Other — a', count: 2 },
      { reason: 'returned: Not a fit', count: 3 },
      { reason: 'returned: Other — b', count: 4 },
    ];
    expect(groupCounts(rows, (r) => returnReasonName(r, LABELS))).toEqual([
      { name: 'Other', count: 6 },
      { name: 'Not a fit', count: 3 },
    ]);
  });
});
