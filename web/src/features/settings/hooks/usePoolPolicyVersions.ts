import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { PolicyChange } from '@berth/domain';

export interface PolicyVersion {
  version: number;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
  changes: PolicyChange[];
}

export const POOL_POLICY_VERSIONS_QUERY: TypedDocumentNode<{ poolPolicyVersions: PolicyVersion[] }, { first: number }> = gql`
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
`;

export const HISTORY_SIZE = 20;

/** Saved edits of the pool policy, newest first; admins only. */
export function usePoolPolicyVersions() {
  const { data, loading, error, refetch } = useQuery(POOL_POLICY_VERSIONS_QUERY, {
    variables: { first: HISTORY_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return { versions: data?.poolPolicyVersions ?? null, loading: loading && !data, error: data ? undefined : error, refetch };
}
