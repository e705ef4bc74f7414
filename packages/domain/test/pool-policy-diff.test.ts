import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, diffPoolPolicies } from '../src';

describe('diffPoolPolicies', () => {
  it('is empty for the same policy', () => {
    expect(diffPoolPolicies(DEFAULT_POOL_POLICY, JSON.parse(JSON.stringify(DEFAULT_POOL_POLICY)))).toEqual([]);
  });

  it('lists changed settings by field path, in policy order', () => {
    const after = { ...DEFAULT_POOL_POLICY, dailyClaimLimit: 5, protectionDays: { default: 45, byTier: { A: 60 } } };
    expect(diffPoolPolicies(DEFAULT_POOL_POLICY, after)).toEqual([
      { field: 'protectionDays.default', before: '30', after: '45' },
      { field: 'protectionDays.byTier.A', before: null, after: '60' },
      { field: 'dailyClaimLimit', before: '10', after: '5' },
    ]);
  });

  it('shows a rule switched off as "off" and a removed tier override as null', () => {
    const after = { ...DEFAULT_POOL_POLICY, noDealDays: { default: null, byTier: {} } };
    expect(diffPoolPolicies(DEFAULT_POOL_POLICY, after)).toEqual([
      { field: 'noDealDays.default', before: '90', after: 'off' },
      { field: 'noDealDays.byTier.A', before: 'off', after: null },
    ]);
  });

  it('compares lists as a whole', () => {
    const after = { ...DEFAULT_POOL_POLICY, followUpTypes: ['CALL', 'VISIT'] as const };
    expect(diffPoolPolicies(DEFAULT_POOL_POLICY, after)).toEqual([
      { field: 'followUpTypes', before: 'CALL, VISIT, MEETING, EMAIL', after: 'CALL, VISIT' },
    ]);
  });
});
