import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { createI18n } from '../../i18n/i18n';
import { countedHint, countedKinds, emptyFollowUpForm, toLogFollowUpInput, validateFollowUpForm } from './follow-up-form-values';

const { t } = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'UTC').t;

const now = new Date(2026, 10, 22, 10, 0);

describe('follow-up form values', () => {
  it('sends trimmed text, instants for the local date-times, and null for what was left blank', () => {
    const values = { ...emptyFollowUpForm(now), content: '  Called Li Wei  ', nextStep: '  ', remindAt: '2026-11-25T09:30' };
    expect(toLogFollowUpInput('c1', values)).toEqual({
      customerId: 'c1',
      type: 'CALL',
      content: 'Called Li Wei',
      occurredAt: now.toISOString(),
      nextStep: null,
      remindAt: new Date(2026, 10, 25, 9, 30).toISOString(),
    });
  });

  it("checks the server's rules with the form's labels", () => {
    const base = emptyFollowUpForm(now);
    expect(validateFollowUpForm({ ...base, content: '   ' }, t, now)).toEqual({ content: 'Summary is required' });
    expect(validateFollowUpForm({ ...base, content: 'x', occurredAt: '2026-11-22T10:01' }, t, now)).toEqual({
      occurredAt: 'When it happened cannot be in the future',
    });
    expect(validateFollowUpForm({ ...base, content: 'x', remindAt: '2026-11-22T09:59' }, t, now)).toEqual({
      remindAt: 'Reminder cannot be before the follow-up',
    });
    expect(validateFollowUpForm({ ...base, content: 'x', occurredAt: '' }, t, now)).toEqual({ occurredAt: 'When it happened is required' });
    expect(validateFollowUpForm({ ...base, content: 'x', remindAt: 'soon' }, t, now)).toEqual({ remindAt: 'Reminder is not a valid date and time' });
  });

  it("phrases problems and hints in the viewer's language", () => {
    const base = emptyFollowUpForm(now);
    expect(validateFollowUpForm({ ...base, content: '   ' }, zh, now)).toEqual({ content: '跟进内容为必填项' });
    expect(validateFollowUpForm({ ...base, content: 'x', remindAt: 'soon' }, zh, now)).toEqual({ remindAt: '提醒不是有效的日期和时间' });
    expect(countedHint({ type: 'NOTE', content: 'Sent the quote' }, zh)).toEqual({ counts: false, why: '只有电话、拜访、会议和邮件计为有效跟进' });
  });

  it('predicts counted as the policy does, saying what to change', () => {
    expect(countedKinds(t)).toBe('calls, visits, meetings and emails');
    expect(countedKinds(zh)).toBe('电话、拜访、会议和邮件');
    expect(countedHint({ type: 'EMAIL', content: 'Sent the quote' }, t)).toEqual({ counts: true });
    expect(countedHint({ type: 'EMAIL', content: ' 报价已发送 ' }, t)).toEqual({
      counts: false,
      why: 'write at least 10 characters (5 so far)',
    });
    expect(countedHint({ type: 'WECHAT', content: 'Sent the quote on WeChat' }, t)).toEqual({
      counts: false,
      why: 'only calls, visits, meetings and emails count',
    });
    const lenient = { ...DEFAULT_POOL_POLICY, followUpTypes: ['WECHAT' as const], minFollowUpLength: 2 };
    expect(countedHint({ type: 'WECHAT', content: 'ok' }, t, lenient)).toEqual({ counts: true });
  });
});
