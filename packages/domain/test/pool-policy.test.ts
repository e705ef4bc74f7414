import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, returnProblems, settingForTier, validatePoolPolicy, type FieldRule, type PoolPolicy } from '../src';

const withChanges = (changes: Partial<Record<keyof PoolPolicy, unknown>>) => ({ ...DEFAULT_POOL_POLICY, ...changes }) as PoolPolicy;

describe('DEFAULT_POOL_POLICY', () => {
  it('is valid and carries the PRODUCT.md defaults', () => {
    expect(validatePoolPolicy(DEFAULT_POOL_POLICY)).toEqual([]);
    const p = DEFAULT_POOL_POLICY;
    expect([settingForTier(p.protectionDays, 'B'), p.extensionDays, p.reminderLeadDays]).toEqual([30, 30, 3]);
    expect([p.followUpTypes, p.minFollowUpLength, p.combination]).toEqual([['CALL', 'VISIT', 'MEETING', 'EMAIL'], 10, 'ANY']);
    expect([p.dailyClaimLimit, p.holdingCap, p.previousOwnerCooldownDays, p.newEntryCooldownHours]).toEqual([10, 200, 30, 0]);
    expect([p.excludeWon, p.excludeLocked]).toEqual([true, true]);
    expect(p.returnReasons.map((r) => r.code)).toEqual(['NO_CONTACT', 'NOT_A_FIT', 'WRONG_REGION', 'DUPLICATE', 'OTHER']);
    expect(p.returnReasons.find((r) => r.code === 'OTHER')?.noteRequired).toBe(true);
  });

  it.each([
    ['A', null],
    ['B', 90],
    ['C', 90],
    ['PLATINUM', 90], // a tier added later gets the default
  ])('no-deal limit of tier %s is %s (off for tier A)', (tier, days) => {
    expect(settingForTier(DEFAULT_POOL_POLICY.noDealDays, tier)).toBe(days);
  });

  it('does not read inherited keys as tiers', () => {
    expect(settingForTier(DEFAULT_POOL_POLICY.protectionDays, 'constructor')).toBe(30);
  });
});

describe('validatePoolPolicy', () => {
  it.each<[string, Partial<Record<keyof PoolPolicy, unknown>>, string, FieldRule]>([
    ['zero protection days', { protectionDays: { default: 0, byTier: {} } }, 'protectionDays.default', 'TOO_SMALL'],
    ['negative days for one tier', { protectionDays: { default: 30, byTier: { A: -5 } } }, 'protectionDays.byTier.A', 'TOO_SMALL'],
    ['fractional days', { extensionDays: 1.5 }, 'extensionDays', 'NOT_AN_INTEGER'],
    ['days above 10,000', { extensionDays: 10_001 }, 'extensionDays', 'TOO_LARGE'],
    ['a no-deal limit of 0 (null is how to turn it off)', { noDealDays: { default: 0, byTier: {} } }, 'noDealDays.default', 'TOO_SMALL'],
    ['a daily claim limit above 10,000', { dailyClaimLimit: 10_001 }, 'dailyClaimLimit', 'TOO_LARGE'],
    ['a daily claim limit of 0', { dailyClaimLimit: 0 }, 'dailyClaimLimit', 'TOO_SMALL'],
    ['a holding cap above 10,000', { holdingCap: 20_000 }, 'holdingCap', 'TOO_LARGE'],
    ['a negative cooldown', { previousOwnerCooldownDays: -1 }, 'previousOwnerCooldownDays', 'TOO_SMALL'],
    ['new-entry hours as text', { newEntryCooldownHours: '2' }, 'newEntryCooldownHours', 'NOT_AN_INTEGER'],
    ['an unknown follow-up type', { followUpTypes: ['CALL', 'FAX'] }, 'followUpTypes.1', 'NOT_AN_OPTION'],
    ['a repeated follow-up type', { followUpTypes: ['CALL', 'CALL'] }, 'followUpTypes.1', 'LISTED_TWICE'],
    ['no counted follow-up type', { followUpTypes: [] }, 'followUpTypes', 'AT_LEAST_ONE'],
    ['a huge minimum content length', { minFollowUpLength: 5000 }, 'minFollowUpLength', 'TOO_LARGE'],
    ['an unknown combination', { combination: 'SOME' }, 'combination', 'NOT_AN_OPTION'],
    ['a non-boolean exclusion', { excludeWon: 'yes' }, 'excludeWon', 'NOT_A_BOOLEAN'],
    ['an invalid time zone', { teamTimeZone: 'Mars/Base' }, 'teamTimeZone', 'UNKNOWN_TIME_ZONE'],
    ['a reminder as long as a period', { reminderLeadDays: 30 }, 'reminderLeadDays', 'REMINDER_LEAD_TOO_LONG'],
    ['a reminder of 0 days', { reminderLeadDays: 0 }, 'reminderLeadDays', 'TOO_SMALL'],
    ['an empty return reason list', { returnReasons: [] }, 'returnReasons', 'AT_LEAST_ONE'],
    ['a return reason without a label', { returnReasons: [{ code: 'X', label: ' ', noteRequired: false }] }, 'returnReasons.0.label', 'REQUIRED'],
    ['a badly written reason code', { returnReasons: [{ code: 'no contact', label: 'No contact', noteRequired: false }] }, 'returnReasons.0.code', 'REASON_CODE_FORMAT'],
    [
      'a repeated reason code',
      { returnReasons: [{ code: 'X', label: 'a', noteRequired: false }, { code: 'X', label: 'b', noteRequired: false }] },
      'returnReasons.1.code',
      'LISTED_TWICE',
    ],
  ])('refuses %s', (_name, changes, field, rule) => {
    const problems = validatePoolPolicy(withChanges(changes));
    expect(problems).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('says each problem in English too, with its parameters', () => {
    expect(validatePoolPolicy(withChanges({ dailyClaimLimit: 10_001 }))).toEqual([
      { field: 'dailyClaimLimit', message: 'must be at most 10,000', rule: 'TOO_LARGE', params: { max: 10_000 } },
    ]);
    expect(validatePoolPolicy(withChanges({ reminderLeadDays: 30 }))).toEqual([
      { field: 'reminderLeadDays', message: 'must be shorter than the shortest protection period (30 days)', rule: 'REMINDER_LEAD_TOO_LONG', params: { days: 30 } },
    ]);
  });

  it('under ANY, a short no-deal limit also bounds the reminder lead', () => {
    const policy = withChanges({ noDealDays: { default: 5, byTier: {} }, reminderLeadDays: 5 });
    expect(validatePoolPolicy(policy)).toEqual([expect.objectContaining({ field: 'reminderLeadDays', params: { days: 5 } })]);
    expect(validatePoolPolicy({ ...policy, combination: 'ALL' })).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = validatePoolPolicy(withChanges({ dailyClaimLimit: 0, holdingCap: 0, extensionDays: -1 }));
    expect(problems.map((p) => p.field)).toEqual(['extensionDays', 'dailyClaimLimit', 'holdingCap']);
  });

  it('refuses per-tier values for tiers that do not exist, when told which exist', () => {
    const policy = withChanges({ protectionDays: { default: 30, byTier: { A: 60, Z: 10 } } });
    expect(validatePoolPolicy(policy, { tierCodes: ['A', 'B', 'C'] })).toEqual([{ field: 'protectionDays.byTier.Z', message: 'is not a known tier', rule: 'UNKNOWN_TIER' }]);
    expect(validatePoolPolicy(policy)).toEqual([]);
  });

  it('accepts a tier with its no-deal rule off, and cooldowns of 0', () => {
    const policy = withChanges({ noDealDays: { default: null, byTier: { C: 45 } }, previousOwnerCooldownDays: 0, newEntryCooldownHours: 0 });
    expect(validatePoolPolicy(policy)).toEqual([]);
  });
});

describe('returnProblems: a return needs a reason from the list', () => {
  it.each([
    [{ reasonCode: 'NO_CONTACT' }, []],
    [{ reasonCode: 'OTHER', note: 'Moved to a distributor' }, []],
    [{ reasonCode: null }, [{ field: 'reasonCode', message: 'is required', rule: 'REQUIRED' }]],
    [{ reasonCode: 'BORED' }, [{ field: 'reasonCode', message: 'is not one of the return reasons', rule: 'UNKNOWN_RETURN_REASON' }]],
    [{ reasonCode: 'OTHER', note: '   ' }, [{ field: 'note', message: 'is required for "Other"', rule: 'NOTE_REQUIRED_FOR_REASON', params: { reason: 'Other' } }]],
    [{ reasonCode: 'NOT_A_FIT', note: 'x'.repeat(501) }, [{ field: 'note', message: 'must be at most 500 characters', rule: 'TOO_LONG', params: { max: 500 } }]],
  ])('%j → %j', (input, problems) => {
    expect(returnProblems(input, DEFAULT_POOL_POLICY)).toEqual(problems);
  });
});
