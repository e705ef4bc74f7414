import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { changeToast, reactionsTo, type MyCustomersChange, type MyCustomersChangeKind } from './my-customers-change';

const { t, fmt } = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'UTC');

const now = new Date('2026-11-22T10:00:00Z');
const acme = { id: 'c1', companyName: 'Acme Logistics', protectedUntil: '2026-11-25T10:00:00Z' };
const change = (kind: MyCustomersChangeKind, over: Partial<MyCustomersChange> = {}): MyCustomersChange => ({
  kind,
  customerIds: ['c1'],
  customer: acme,
  ...over,
});

describe('reactionsTo', () => {
  it.each([
    // kind, lists, quota, notifications, policy
    ['CREATED', true, false, false, false],
    ['UPDATED', false, false, false, false],
    ['PROTECTION_EXTENDED', false, false, false, false],
    ['REMINDER', false, false, true, false],
    ['RECYCLED', true, true, false, false],
    ['RETURNED', true, true, false, false],
    ['RELEASED', true, true, true, false],
    ['CLAIMED', true, true, false, false],
    ['ASSIGNED', true, true, true, false],
    ['QUOTA_CHANGED', true, true, false, true],
    ['PERSON_CHANGED', false, false, false, false],
  ] as const)('%s with its customer: lists %s, quota %s, notifications %s, policy %s', (kind, lists, quota, notifications, policy) => {
    const customerIds = kind === 'QUOTA_CHANGED' || kind === 'PERSON_CHANGED' ? [] : ['c1'];
    expect(reactionsTo(change(kind, { customerIds, customer: customerIds.length ? acme : null }))).toEqual({ lists, quota, notifications, policy });
  });

  it('after an admin saved the policy, reads the lists, the quota and the policy again, naming no customer', () => {
    expect(reactionsTo({ kind: 'QUOTA_CHANGED', customerIds: [], customer: null })).toEqual({
      lists: true,
      quota: true,
      notifications: false,
      policy: true,
    });
  });

  it('reads the lists again when the customers concerned come without a payload', () => {
    expect(reactionsTo(change('PROTECTION_EXTENDED', { customerIds: ['c1', 'c2'], customer: null })).lists).toBe(true);
    expect(reactionsTo(change('REMINDER', { customerIds: ['c1', 'c2'], customer: null }))).toEqual({
      lists: true,
      quota: false,
      notifications: true,
      policy: false,
    });
  });
});

describe('changeToast', () => {
  const rep = { seesTeam: false };
  const manager = { seesTeam: true };

  it('names the customer a reminder is about, with the same countdown as the lists', () => {
    expect(changeToast(change('REMINDER'), rep, now, t, fmt)).toEqual({
      message: 'Protection of Acme Logistics ends in 3 days — log a follow-up',
      severity: 'warning',
    });
    expect(changeToast(change('REMINDER', { customerIds: ['c1', 'c2', 'c3'], customer: null }), rep, now, t, fmt)?.message).toBe(
      'Protection of 3 of your customers ends soon — log a follow-up',
    );
  });

  it('tells a rep what went back to the pool; a manager only sees the lists move', () => {
    expect(changeToast(change('RECYCLED'), rep, now, t, fmt)?.message).toBe('Acme Logistics went back to the public pool');
    expect(changeToast(change('RECYCLED', { customerIds: ['c1', 'c2'], customer: null }), rep, now, t, fmt)?.message).toBe(
      '2 customers went back to the public pool',
    );
    expect(changeToast(change('RECYCLED', { customer: null }), rep, now, t, fmt)?.message).toBe('1 customer went back to the public pool');
    expect(changeToast(change('RECYCLED'), manager, now, t, fmt)).toBeNull();
  });

  it("speaks the viewer's language", () => {
    expect(changeToast(change('REMINDER'), rep, now, zh.t, zh.fmt)?.message).toBe('Acme Logistics 的保护期 3 天后结束，请记录跟进');
    expect(changeToast(change('RECYCLED', { customerIds: ['c1', 'c2'], customer: null }), rep, now, zh.t, zh.fmt)?.message).toBe('2 个客户已回到公海');
  });

  it('stays quiet about everything else', () => {
    for (const kind of ['CREATED', 'UPDATED', 'PROTECTION_EXTENDED', 'RETURNED', 'CLAIMED', 'ASSIGNED', 'QUOTA_CHANGED'] as const) {
      expect(changeToast(change(kind), rep, now, t, fmt)).toBeNull();
    }
  });
});
