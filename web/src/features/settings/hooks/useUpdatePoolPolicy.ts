import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { PoolPolicyInput } from '../pool-policy-form';
import { POOL_POLICY_QUERY } from './usePoolPolicy';
import { POOL_POLICY_VERSIONS_QUERY } from './usePoolPolicyVersions';
import { graphql } from '../../../gql';

export const UPDATE_POOL_POLICY_MUTATION = graphql(`
  mutation UpdatePoolPolicy($input: PoolPolicyInput!) {
    updatePoolPolicy(input: $input) {
      version
      protectionEndsMoved
      policy {
        ...PoolPolicyForm_policy
      }
    }
  }
`);

/**
 * The policy has no id: the saved one is written over the query's entry. Return reasons and the
 * claim quota are read elsewhere from the same policy, so they are dropped and fetched afresh.
 */
export function useUpdatePoolPolicy() {
  const [mutate, { loading }] = useMutation(UPDATE_POOL_POLICY_MUTATION, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.updateQuery({ query: POOL_POLICY_QUERY }, (prev) => (prev ? { ...prev, poolPolicy: data.updatePoolPolicy.policy } : prev));
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'returnReasons' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'claimQuota' });
    },
    refetchQueries: [POOL_POLICY_VERSIONS_QUERY],
  });
  const updatePolicy = useCallback(
    async (input: PoolPolicyInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updatePoolPolicy returned no data');
      return data.updatePoolPolicy;
    },
    [mutate],
  );
  return { updatePolicy, saving: loading };
}
