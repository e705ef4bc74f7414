import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { evictOwnershipViews } from './pool-cache';
import { graphql } from '../../../gql';
import type { ReturnCustomerMutationVariables } from '../../../gql/graphql';

export const RETURN_CUSTOMER_MUTATION = graphql(`
  mutation ReturnCustomer($customerId: ID!, $reasonCode: String!, $note: String) {
    returnCustomer(customerId: $customerId, reasonCode: $reasonCode, note: $note)
  }
`);

/** Gives a customer back to the pool: it loses its owner here and now, and every list refetches. */
export function useReturnCustomer() {
  const [mutate, { loading }] = useMutation(RETURN_CUSTOMER_MUTATION, {
    update: (cache, { data }) => {
      if (!data) return;
      const id = cache.identify({ __typename: 'Customer', id: data.returnCustomer });
      cache.modify({ id, fields: { owner: () => null, ownedSince: () => null, protectedUntil: () => null } });
      evictOwnershipViews(cache);
    },
  });

  const returnCustomer = useCallback(
    async (variables: ReturnCustomerMutationVariables) => {
      const { data } = await mutate({ variables });
      if (!data) throw new Error('returnCustomer returned no data');
      return data.returnCustomer;
    },
    [mutate],
  );

  return { returnCustomer, loading };
}
