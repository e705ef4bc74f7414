import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { evictOwnershipViews } from './pool-cache';
import { graphql } from '../../../gql';
import type { ClaimCustomersMutation } from '../../../gql/graphql';

export type ClaimResult = ClaimCustomersMutation['claimCustomers'][number];

export const CLAIM_CUSTOMERS_MUTATION = graphql(`
  mutation ClaimCustomers($ids: [ID!]!) {
    claimCustomers(ids: $ids) {
      customerId
      ok
      code
      message
      retryAt
    }
  }
`);

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
