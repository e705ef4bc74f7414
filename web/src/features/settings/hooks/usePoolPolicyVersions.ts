import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PoolPolicyVersionsQuery } from '../../../gql/graphql';

export type PolicyVersion = PoolPolicyVersionsQuery['poolPolicyVersions'][number];

export const POOL_POLICY_VERSIONS_QUERY = graphql(`
  query PoolPolicyVersions($first: Int!) {
    poolPolicyVersions(first: $first) {
      version
      changedAt
      changedBy {
        id
        name
      }
      changes {
        field
        before
        after
      }
    }
  }
`);

export const HISTORY_SIZE = 20;

/** Saved edits of the pool policy, newest first; admins only. */
export function usePoolPolicyVersions() {
  const { data, loading, error, refetch } = useQuery(POOL_POLICY_VERSIONS_QUERY, {
    variables: { first: HISTORY_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return { versions: data?.poolPolicyVersions ?? null, loading: loading && !data, error: data ? undefined : error, refetch };
}
