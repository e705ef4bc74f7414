import { gql, type TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { evictCustomerLists } from './customer-cache';
import { CUSTOMER_VIEW_FIELDS } from './customer-page-fields';

interface MyCustomersChangedData {
  myCustomersChanged: { kind: 'CREATED' | 'UPDATED'; customer: { id: string } };
}

export const MY_CUSTOMERS_CHANGED_SUBSCRIPTION: TypedDocumentNode<MyCustomersChangedData, Record<string, never>> = gql`
  subscription MyCustomersChanged {
    myCustomersChanged {
      kind
      customer {
        ...CustomerViewFields
      }
    }
  }
  ${CUSTOMER_VIEW_FIELDS}
`;

/**
 * Keeps every visible customer fresh without reloads. An update lands in the normalized cache
 * by itself (same id, same fields as on screen); a new customer has no place in a cached page
 * until the server says where, so the lists are dropped and the visible one refetches.
 */
export function useMyCustomersChanged() {
  useSubscription(MY_CUSTOMERS_CHANGED_SUBSCRIPTION, {
    onData: ({ client, data }) => {
      if (data.data?.myCustomersChanged.kind === 'CREATED') evictCustomerLists(client.cache);
    },
  });
}
