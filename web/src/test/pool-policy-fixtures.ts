import { DEFAULT_DUPLICATE_RULES, DEFAULT_POOL_POLICY } from '@berth/domain';
import { DUPLICATE_RULES_QUERY } from '../features/settings/hooks/useDuplicateRules';
import { POOL_POLICY_QUERY } from '../features/settings/hooks/usePoolPolicy';
import { POOL_POLICY_VERSIONS_QUERY, type PolicyVersion } from '../features/settings/hooks/usePoolPolicyVersions';
import { fromDomainPolicy, type PoolPolicyInput } from '../features/settings/pool-policy-form';

/** The policy in force in these tests (PRODUCT.md's defaults), as the form sends it back when nothing is edited. */
export const POLICY_INPUT: PoolPolicyInput = fromDomainPolicy({ ...DEFAULT_POOL_POLICY, teamTimeZone: 'Europe/Berlin' });

const tierDays = (setting: PoolPolicyInput['protectionDays']) => ({
  __typename: 'TierDays',
  default: setting.default,
  byTier: setting.byTier.map((o) => ({ __typename: 'TierDaysOverride', ...o })),
});

/** A policy as the server sends it, typenames and all. */
export function servedPolicy(input: PoolPolicyInput = POLICY_INPUT) {
  return {
    __typename: 'PoolPolicy',
    ...input,
    protectionDays: tierDays(input.protectionDays),
    noDealDays: tierDays(input.noDealDays),
    returnReasons: input.returnReasons.map((r) => ({ __typename: 'ReturnReason', ...r })),
  };
}

export const TIERS = [
  { __typename: 'Tier', code: 'A', name: 'A — key account', rank: 1 },
  { __typename: 'Tier', code: 'B', name: 'B — growth', rank: 2 },
  { __typename: 'Tier', code: 'C', name: 'C — long tail', rank: 3 },
];

export const policyMock = { request: { query: POOL_POLICY_QUERY }, result: { data: { poolPolicy: servedPolicy(), tiers: TIERS } } };

export function versionsMock(versions: PolicyVersion[]) {
  const served = versions.map((v) => ({
    __typename: 'PoolPolicyVersion',
    ...v,
    changedBy: v.changedBy ? { __typename: 'User', ...v.changedBy } : null,
    changes: v.changes.map((c) => ({ __typename: 'PolicyChange', ...c })),
  }));
  return { request: { query: POOL_POLICY_VERSIONS_QUERY, variables: { first: 20 } }, result: { data: { poolPolicyVersions: served } } };
}

export const duplicateRulesMock = {
  request: { query: DUPLICATE_RULES_QUERY },
  result: {
    data: {
      duplicateRules: {
        __typename: 'DuplicateRules',
        similarNameThreshold: 0.65,
        rules: DEFAULT_DUPLICATE_RULES.rules.map((rule) => ({ __typename: 'DuplicateRule', ...rule })),
      },
    },
  },
};
