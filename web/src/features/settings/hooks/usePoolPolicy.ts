import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';
import { toDomainPolicy } from '../pool-policy-form';
import { graphql } from '../../../gql';

/** The one read of the policy: the settings form and every protection countdown share it. */
export const POOL_POLICY_QUERY = graphql(`
  query PoolPolicy {
    poolPolicy {
      ...PoolPolicyForm_policy
    }
    tiers {
      code
      name
      rank
    }
  }
`);

interface Options {
  /**
   * Countdowns read the policy once (cache-first): an admin's save drops it from the cache
   * (myCustomersChanged QUOTA_CHANGED), so it is read again then. The settings page asks the
   * server each time it opens, since that is where someone is about to edit it.
   */
  fetchPolicy?: 'cache-first' | 'cache-and-network';
}

/**
 * The policy in force and the tiers it can differ by; every signed-in user may read both.
 * `policy` is the API's shape (null until it arrives); `rules` is the domain's, what
 * `protectionState` and `recycleExclusion` take, with the defaults standing in until then.
 */
export function usePoolPolicy({ fetchPolicy = 'cache-first' }: Options = {}) {
  const { data, previousData, loading, error, refetch } = useQuery(POOL_POLICY_QUERY, { fetchPolicy });
  // While a dropped policy is read again, the one it replaces stays: no flash of the defaults.
  const shown = data ?? previousData;
  const served = shown?.poolPolicy;
  const rules: PoolPolicy = useMemo(() => (served ? toDomainPolicy(served) : DEFAULT_POOL_POLICY), [served]);
  const tiers = useMemo(() => [...(shown?.tiers ?? [])].sort((a, b) => a.rank - b.rank), [shown?.tiers]);
  return { policy: served ?? null, rules, tiers, loading: loading && !shown, error: shown ? undefined : error, refetch };
}
