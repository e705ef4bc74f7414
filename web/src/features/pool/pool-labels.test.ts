import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { assignRefusalMessage, reasonText, timeInPool } from './pool-labels';

const en = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'Asia/Shanghai');

describe('reasonText: a reason without the kind the chip beside it already names', () => {
  it.each([
    ['returned: No contact', 'No contact'],
    ['returned: Other — their parent company buys', 'Other — their parent company buys'],
    ['recycled: no valid follow-up for 30 days', 'No valid follow-up for 30 days'],
    ['Released: moving North to South', 'Moving North to South'],
    ['manager decision', 'Manager decision'],
    ['returned: ', 'returned: '],
  ])('%s → %s', (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });
});

describe('timeInPool: how long a customer has waited, in whole units', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('counts days, then hours, then says it just arrived', () => {
    expect(timeInPool('2026-11-19T11:00:00Z', now, en.t)).toBe('3 days in the pool');
    expect(timeInPool('2026-11-21T11:00:00Z', now, en.t)).toBe('1 day in the pool');
    expect(timeInPool('2026-11-22T07:00:00Z', now, en.t)).toBe('5 hours in the pool');
    expect(timeInPool('2026-11-22T11:30:00Z', now, en.t)).toBe('Just entered the pool');
    expect(timeInPool('2026-11-19T11:00:00Z', now, zh.t)).toBe('已在公海 3 天');
  });
});

describe('assignRefusalMessage: a refused assignment in words, from its code', () => {
  it('words known codes and never shows the server text', () => {
    expect(assignRefusalMessage({ code: 'HOLDING_CAP_REACHED' }, en.t)).toBe('The rep already holds as many customers as they may.');
    expect(assignRefusalMessage({ code: 'HOLDING_CAP_REACHED' }, zh.t)).toBe('该销售已达持有上限。');
    expect(assignRefusalMessage({ code: 'FORBIDDEN' }, en.t)).toBe('You are not allowed to do that.');
    expect(assignRefusalMessage({ code: null }, en.t)).toBe('This customer could not be assigned.');
  });
});
