import { describe, expect, it } from 'vitest';
import { POLICY_INPUT } from '../../test/pool-policy-fixtures';
import { DEFAULT_POOL_POLICY } from '@berth/domain';
import { createI18n } from '../../i18n/i18n';
import { fromDomainPolicy, tierRowsFor, toDomainPolicy, toPolicyFormValues, toPolicyInput } from './pool-policy-form';
import { placePolicyProblems, validatePolicyForm } from './pool-policy-problems';
import { formatPolicyValue, policyFieldLabel, previewHeadline, savedMessage } from './pool-policy-labels';

const { t } = createI18n('en', 'UTC');
const zh = createI18n('zh-CN', 'UTC').t;

const TIER_CODES = ['A', 'B', 'C'];
const values = () => toPolicyFormValues(POLICY_INPUT, TIER_CODES);

describe('pool policy form', () => {
  it('turns a domain policy into the API shape and back unchanged', () => {
    expect(toDomainPolicy(fromDomainPolicy(DEFAULT_POOL_POLICY))).toEqual(DEFAULT_POOL_POLICY);
    expect(fromDomainPolicy(DEFAULT_POOL_POLICY).noDealDays).toEqual({ default: 90, byTier: [{ tier: 'A', days: null }] });
  });

  it('sends back exactly the policy it was given when nothing is edited', () => {
    expect(toPolicyInput(values())).toEqual(POLICY_INPUT);
  });

  it('leaves blank tiers to the default and sends an "off" tier as null', () => {
    const v = values();
    v.protectionDays.byTier.B = { days: '45', off: false };
    v.noDealDays.byTier.A = { days: '', off: false };
    v.noDealDays.byTier.C = { days: '', off: true };
    v.noDealDays.off = true;
    const input = toPolicyInput(v);
    expect(input.protectionDays).toEqual({ default: 30, byTier: [{ tier: 'B', days: 45 }] });
    expect(input.noDealDays).toEqual({ default: null, byTier: [{ tier: 'C', days: null }] });
    expect(toDomainPolicy(input).noDealDays).toEqual({ default: null, byTier: { C: null } });
  });

  it("marks problems with the domain's rules, blank boxes as required", () => {
    const v = values();
    v.dailyClaimLimit = '10001';
    v.protectionDays.default = '0';
    v.extensionDays = ' ';
    v.minFollowUpLength = '2.5';
    v.followUpTypes = [];
    v.returnReasons[1] = { ...v.returnReasons[1], label: '' };
    expect(validatePolicyForm(v, TIER_CODES, t)).toEqual({
      dailyClaimLimit: 'Daily claim limit must be at most 10,000',
      'protectionDays.default': 'Protection period must be at least 1',
      extensionDays: 'Extension per valid follow-up is required',
      minFollowUpLength: 'Shortest follow-up that counts must be a whole number',
      followUpTypes: 'Follow-ups that count: choose at least one',
      'returnReasons.1.label': 'Reason 2 label is required',
    });
  });

  it('keeps a tier that no longer exists on screen, so its value can be cleared', () => {
    const policy = { ...POLICY_INPUT, protectionDays: { default: 30, byTier: [{ tier: 'Z', days: 9 }] } };
    const rows = tierRowsFor([{ code: 'A', name: 'A' }], policy, t);
    expect(rows).toEqual([{ code: 'A', name: 'A' }, { code: 'Z', name: 'Z (no longer a tier)' }]);
    const v = toPolicyFormValues(policy, rows.map((r) => r.code));
    expect(validatePolicyForm(v, ['A'], t)['protectionDays.byTier.Z']).toBe('Protection period (tier Z) is not a known tier');
  });

  it('places server problems on their fields, and the rest above the form', () => {
    const placed = placePolicyProblems(
      [
        { field: 'followUpTypes.2', message: 'repeats CALL' },
        { field: 'returnReasons.0.noteRequired', message: 'must be true or false' },
        { field: 'noDealDays.byTier.Q', message: 'is listed twice' },
        { field: 'policy', message: 'is required' },
      ],
      values(),
      t,
    );
    expect(placed.fields).toEqual({ followUpTypes: 'Follow-ups that count repeats CALL', 'returnReasons.0': 'Reason 1 note setting must be true or false' });
    expect(placed.general).toEqual(['No-deal limit (tier Q) is listed twice', 'policy is required']);
  });
});

describe('pool policy labels', () => {
  it('names paths and values in words, unknown ones as they are', () => {
    expect(policyFieldLabel('noDealDays.byTier.A', t)).toBe('No-deal limit (tier A)');
    expect(policyFieldLabel('returnReasons.2.label', t)).toBe('Reason 3 label');
    expect(policyFieldLabel('brandNew.thing', t)).toBe('brandNew.thing');
    expect(formatPolicyValue('reminderLeadDays', '1', t)).toBe('1 day');
    expect(formatPolicyValue('newEntryCooldownHours', '24', t)).toBe('24 hours');
    expect(formatPolicyValue('combination', 'ALL', t)).toBe('All rules fire');
    expect(formatPolicyValue('protectionDays.byTier.B', null, t)).toBe('tier default');
    expect(formatPolicyValue('returnReasons', 'not json', t)).toBe('not json');
  });

  it('sums up a preview and a save', () => {
    expect(previewHeadline({ total: 0, totalUnderCurrent: 2, horizonDays: 7 }, t)).toBe('Under the new rules no customers would be recycled in the next 7 days (now: 2).');
    expect(previewHeadline({ total: 1, totalUnderCurrent: 0, horizonDays: 7 }, t)).toBe('Under the new rules 1 customer would be recycled in the next 7 days (now: 0).');
    expect(savedMessage({ version: 2, protectionEndsMoved: 1 }, t)).toBe('Pool policy saved as version 2; 1 protection end moved.');
    expect(savedMessage({ version: 5, protectionEndsMoved: 0 }, t)).toBe('Pool policy saved as version 5; no protection end moved.');
  });


  it('speaks Chinese', () => {
    expect(policyFieldLabel('noDealDays.byTier.A', zh)).toBe('未赢单期限（客户等级 A）');
    expect(policyFieldLabel('returnReasons.2.label', zh)).toBe('原因 3 的名称');
    expect(formatPolicyValue('newEntryCooldownHours', '24', zh)).toBe('24 小时');
    expect(formatPolicyValue('followUpTypes', 'CALL, VISIT', zh)).toBe('电话、拜访');
    expect(formatPolicyValue('excludeWon', 'true', zh)).toBe('是');
    expect(previewHeadline({ total: 3, totalUnderCurrent: 1, horizonDays: 7 }, zh)).toBe('按新规则，未来 7 天内将回收 3 个客户（现行规则下为 1 个）。');
    expect(savedMessage({ version: 2, protectionEndsMoved: 1200 }, zh)).toBe('公海规则已保存为版本 2，1,200 个客户的保护期结束时间已调整。');
    const v = values();
    v.holdingCap = '';
    expect(validatePolicyForm(v, TIER_CODES, zh)).toEqual({ holdingCap: '持有上限为必填项' });
  });
});
