import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { evictCustomerLists } from './customer-cache';
import { graphql } from '../../../gql';
import type { CreateCustomerInput } from '../../../gql/graphql';

export const CREATE_CUSTOMER_MUTATION = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        ...CustomersGrid_customer
        ...CustomerCardList_customer
      }
    }
  }
`);

export function useCreateCustomer() {
  const [mutate, { loading }] = useMutation(CREATE_CUSTOMER_MUTATION, {
    update: (cache) => evictCustomerLists(cache),
  });

  const createCustomer = useCallback(
    async (input: CreateCustomerInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createCustomer returned no data');
      return data.createCustomer.customer;
    },
    [mutate],
  );

  return { createCustomer, loading };
}
