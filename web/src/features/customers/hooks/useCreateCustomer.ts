import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CUSTOMER_CARD_LIST_FRAGMENT, type CustomerCardListCustomer } from '../components/CustomerCardList.fragment';
import { CUSTOMERS_GRID_FRAGMENT, type CustomersGridCustomer } from '../components/CustomersGrid.fragment';
import type { CustomerInput } from '../customer-types';
import { evictCustomerLists } from './customer-cache';

type CreatedCustomer = CustomersGridCustomer & CustomerCardListCustomer;

export const CREATE_CUSTOMER_MUTATION: TypedDocumentNode<
  { createCustomer: { customer: CreatedCustomer } },
  { input: CustomerInput }
> = gql`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        ...CustomersGrid_customer
        ...CustomerCardList_customer
      }
    }
  }
  ${CUSTOMERS_GRID_FRAGMENT}
  ${CUSTOMER_CARD_LIST_FRAGMENT}
`;

export function useCreateCustomer() {
  const [mutate, { loading }] = useMutation(CREATE_CUSTOMER_MUTATION, {
    update: (cache) => evictCustomerLists(cache),
  });

  const createCustomer = useCallback(
    async (input: CustomerInput): Promise<CreatedCustomer> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createCustomer returned no data');
      return data.createCustomer.customer;
    },
    [mutate],
  );

  return { createCustomer, loading };
}
