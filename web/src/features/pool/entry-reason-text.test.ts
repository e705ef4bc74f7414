import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { createI18n } from '../../i18n/i18n';
import type { EntryReasonDetail } from './entry-reason-fields';
import { entryReasonText, returnReasonLabel, SHIPPED_RETURN_REASON_CODES } from './entry-reason-text';

const en = createI18n('en', 'UTC').t;
const zh = createI18n('zh-CN', 'Asia/Shanghai').t;

const NONE = { rules: null, followUpDays: null, noDealDays: null, code: null, label: null, note: null };
const recycled = (over: Partial<EntryReasonDetail>): EntryReasonDetail => ({ ...NONE, kind: 'RECYCLED', ...over });
const returned = (code: string, label: string, note: string | null = null): EntryReasonDetail => ({ ...NONE, kind: 'RETURNED', code, label, note });
/** The server's English text is deliberately different, so a test sees which one was shown. */
const entry = (reasonDetail: EntryReasonDetail | null, reason: string | null = 'recycled: server text') => ({ reason, reasonDetail });

describe('entryReasonText: why a customer entered the pool, in the viewer language', () => {
  it('words a recycle from the rules that fired and their day counts', () => {
    expect(entryReasonText(entry(recycled({ rules: ['NO_VALID_FOLLOW_UP'], followUpDays: 30 })), en)).toBe('No counted follow-up for 30 days');
    expect(entryReasonText(entry(recycled({ rules: ['NO_VALID_FOLLOW_UP'], followUpDays: 1 })), en)).toBe('No counted follow-up for 1 day');
    expect(entryReasonText(entry(recycled({ rules: ['NO_DEAL'], followUpDays: 30, noDealDays: 60 })), en)).toBe('No won deal within 60 days');
    expect(entryReasonText(entry(recycled({ rules: ['NO_VALID_FOLLOW_UP', 'NO_DEAL'], followUpDays: 30, noDealDays: 60 })), en)).toBe(
      'No counted follow-up for 30 days and no won deal within 60 days',
    );
  });

  it('words a recycle in Chinese', () => {
    expect(entryReasonText(entry(recycled({ rules: ['NO_VALID_FOLLOW_UP'], followUpDays: 30 })), zh)).toBe('30 天无有效跟进');
    expect(entryReasonText(entry(recycled({ rules: ['NO_DEAL'], followUpDays: 30, noDealDays: 60 })), zh)).toBe('60 天内未赢单');
    expect(entryReasonText(entry(recycled({ rules: ['NO_VALID_FOLLOW_UP', 'NO_DEAL'], followUpDays: 30, noDealDays: 60 })), zh)).toBe(
      '30 天无有效跟进，且 60 天内未赢单',
    );
  });

  it("words a manager's release with their note as written", () => {
    const released: EntryReasonDetail = { ...NONE, kind: 'RELEASED', note: 'Emma left; her accounts go back' };
    expect(entryReasonText(entry(released, 'released: server text'), en)).toBe('Released: Emma left; her accounts go back');
    expect(entryReasonText(entry(released, 'released: server text'), zh)).toBe('释放：Emma left; her accounts go back');
  });

  it("translates a shipped return reason from its code, keeps an admin's own label as written, and adds the note", () => {
    expect(entryReasonText(entry(returned('NOT_A_FIT', 'Not a fit')), en)).toBe('Not a fit');
    expect(entryReasonText(entry(returned('NOT_A_FIT', 'Not a fit')), zh)).toBe('不合适');
    expect(entryReasonText(entry(returned('OTHER', 'Other', 'moved to a distributor')), en)).toBe('Other — moved to a distributor');
    expect(entryReasonText(entry(returned('OTHER', 'Other', '转给了经销商')), zh)).toBe('其他（转给了经销商）');
    // An admin renamed a shipped code, or added their own: their words, in any language.
    expect(entryReasonText(entry(returned('NOT_A_FIT', 'Too small for us')), zh)).toBe('Too small for us');
    expect(entryReasonText(entry(returned('BUDGET_CUT', '预算削减', 'next year')), en)).toBe('预算削减 — next year');
  });

  it("falls back to the server's text without data (a release, old entries), and says nothing without either", () => {
    expect(entryReasonText(entry(null, 'released: moving North to South'), en)).toBe('Moving North to South');
    expect(entryReasonText(entry(null, 'recycled: no valid follow-up for 30 days'), zh)).toBe('No valid follow-up for 30 days');
    expect(entryReasonText(entry(recycled({ rules: [] })), en)).toBe('Server text');
    expect(entryReasonText(entry(null, null), en)).toBeNull();
  });
});

describe('returnReasonLabel and the shipped reasons', () => {
  it('has a message for every reason the policy ships, whose English is the shipped label', () => {
    expect(DEFAULT_POOL_POLICY.returnReasons.map((r) => r.code)).toEqual([...SHIPPED_RETURN_REASON_CODES]);
    for (const { code, label } of DEFAULT_POOL_POLICY.returnReasons) {
      expect(returnReasonLabel(code, label, en)).toBe(label);
      expect(returnReasonLabel(code, label, zh)).not.toBe(label);
    }
  });
});
