import { describe, expect, it, vi } from 'vitest';
import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { POOL_POLICY_QUERY } from '../../features/settings/hooks/usePoolPolicy';
import { POLICY_INPUT, servedPolicy, TIERS } from '../../test/pool-policy-fixtures';
import { typePolicies } from './type-policies';

// A second reader asking for one field of the policy. Parsed here, not through graphql(): codegen
// reads no test files, so this document has no generated type.
const LEAD_ONLY = parse(`
  query LeadOnly {
    poolPolicy {
      reminderLeadDays
    }
  }
`);

describe('the cached pool policy', () => {
  it('merges what each reader brings instead of dropping what another asked for', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: POOL_POLICY_QUERY, data: { poolPolicy: servedPolicy(), tiers: TIERS } as never });

    cache.writeQuery({ query: LEAD_ONLY, data: { poolPolicy: { __typename: 'PoolPolicy', reminderLeadDays: 5 } } });

    const full = cache.readQuery({ query: POOL_POLICY_QUERY });
    expect(full?.poolPolicy.reminderLeadDays).toBe(5);
    expect(full?.poolPolicy.teamTimeZone).toBe(POLICY_INPUT.teamTimeZone);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('replaces per-tier days and return reasons whole: they have no identity of their own', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: POOL_POLICY_QUERY, data: { poolPolicy: servedPolicy(), tiers: TIERS } as never });
    const saved = { ...POLICY_INPUT, noDealDays: { default: 60, byTier: [] }, returnReasons: POLICY_INPUT.returnReasons.slice(0, 2) };

    cache.writeQuery({ query: POOL_POLICY_QUERY, data: { poolPolicy: servedPolicy(saved), tiers: TIERS } as never });

    const { poolPolicy } = cache.readQuery({ query: POOL_POLICY_QUERY })!;
    expect(poolPolicy.noDealDays).toEqual({ __typename: 'TierDays', default: 60, byTier: [] });
    expect(poolPolicy.returnReasons.map((r) => r.code)).toEqual(['NO_CONTACT', 'NOT_A_FIT']);
  });
});
