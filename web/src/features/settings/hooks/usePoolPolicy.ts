import { useMemo } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { POOL_POLICY_FORM_FRAGMENT, type PoolPolicyFormPolicy } from '../components/PoolPolicyForm.fragment';

export interface PolicyTier {
  code: string;
  name: string;
  rank: number;
}

export const POOL_POLICY_QUERY: TypedDocumentNode<{ poolPolicy: PoolPolicyFormPolicy; tiers: PolicyTier[] }, Record<string, never>> = gql`
  query PoolPolicySettings {
    poolPolicy {
      ...PoolPolicyForm_policy
    }
    tiers {
      code
      name
      rank
    }
  }
  ${POOL_POLICY_FORM_FRAGMENT}
`;

/** The policy in force and the tiers it can differ by; every signed-in user may read both. */
export function usePoolPolicy() {
  const { data, loading, error, refetch } = useQuery(POOL_POLICY_QUERY, { fetchPolicy: 'cache-and-network' });
  const tiers = useMemo(() => [...(data?.tiers ?? [])].sort((a, b) => a.rank - b.rank), [data?.tiers]);
  return { policy: data?.poolPolicy ?? null, tiers, loading: loading && !data, error: data ? undefined : error, refetch };
}
