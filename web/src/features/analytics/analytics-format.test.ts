import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { bucketLabel, groupCounts, returnReasonName } from './analytics-format';

const LABELS = [{ code: 'NO_BUDGET', label: 'No budget this year' }];
const { t, fmt } = createI18n('en', 'UTC');

describe('return reasons on the chart', () => {
  it('names a code by its label; a code no longer in the policy by itself; no code as not recorded', () => {
    expect(returnReasonName('NO_BUDGET', LABELS, t)).toBe('No budget this year');
    expect(returnReasonName('WRONG_REGION', LABELS, t)).toBe('WRONG_REGION');
    expect(returnReasonName('', LABELS, t)).toBe('Not recorded');
    expect(returnReasonName('', LABELS, createI18n('zh-CN', 'UTC').t)).toBe('未记录');
  });

  it('makes one bar per name, largest first', () => {
    const rows = [
      { reason: 'NO_BUDGET', count: 2 },
      { reason: '', count: 3 },
      { reason: 'OTHER', count: 4 },
    ];
    expect(groupCounts(rows, (r) => returnReasonName(r, LABELS, t))).toEqual([
      { name: 'OTHER', count: 4 },
      { name: 'Not recorded', count: 3 },
      { name: 'No budget this year', count: 2 },
    ]);
  });
});

describe('buckets on an axis', () => {
  it('shows a day bucket by its first day and a month bucket by its month, in the viewer’s language', () => {
    expect(bucketLabel('2026-11-22', 'DAY', fmt)).toBe('Nov 22');
    expect(bucketLabel('2026-11-01', 'MONTH', fmt)).toBe('Nov 2026');
    const zh = createI18n('zh-CN', 'Asia/Shanghai').fmt;
    expect(bucketLabel('2026-11-22', 'WEEK', zh)).toBe('11月22日');
    expect(bucketLabel('2026-11-01', 'MONTH', zh)).toBe('2026年11月');
  });
});
