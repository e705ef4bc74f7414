import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { evictOwnershipViews } from './pool-cache';

export interface ClaimResult {
  __typename?: 'ClaimResult';
  customerId: string;
  ok: boolean;
  code: string | null;
  message: string | null;
  retryAt: string | null;
}

export const CLAIM_CUSTOMERS_MUTATION: TypedDocumentNode<{ claimCustomers: ClaimResult[] }, { ids: string[] }> = gql`
  mutation ClaimCustomers($ids: [ID!]!) {
    claimCustomers(ids: $ids) {
      customerId
      ok
      code
      message
      retryAt
    }
  }
`;

/** Claims one or many pool customers; the server answers per item and never aborts the rest. */
export function useClaimCustomers() {
  const [mutate, { loading }] = useMutation(CLAIM_CUSTOMERS_MUTATION, {
    update: (cache, { data }) => {
      if (data?.claimCustomers.some((r) => r.ok)) evictOwnershipViews(cache);
    },
  });

  const claimCustomers = useCallback(
    async (ids: string[]): Promise<ClaimResult[]> => {
      const { data } = await mutate({ variables: { ids } });
      if (!data) throw new Error('claimCustomers returned no data');
      return data.claimCustomers;
    },
    [mutate],
  );

  return { claimCustomers, loading };
}
