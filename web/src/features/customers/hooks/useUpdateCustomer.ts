import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateCustomerInput } from '../../../gql/graphql';

export const UPDATE_CUSTOMER_MUTATION = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      customer {
        ...CustomerViewFields
      }
    }
  }
`);

/** The payload carries every visible field, so the normalized cache updates lists and the page alike. */
export function useUpdateCustomer() {
  const [mutate, { loading }] = useMutation(UPDATE_CUSTOMER_MUTATION, {
    // A new industry may have been typed: the distinct list must be asked again.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'industries' });
      cache.gc();
    },
  });

  const updateCustomer = useCallback(
    async (id: string, input: UpdateCustomerInput) => {
      const { data } = await mutate({ variables: { id, input } });
      if (!data) throw new Error('updateCustomer returned no data');
      return data.updateCustomer.customer;
    },
    [mutate],
  );

  return { updateCustomer, loading };
}
