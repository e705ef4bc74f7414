import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CONTACT_LIST_FRAGMENT, type ContactListCustomer } from '../components/ContactList.fragment';
import type { ContactInput } from '../customer-types';

export const ADD_CONTACT_MUTATION: TypedDocumentNode<
  { addContact: { contact: { id: string }; customer: ContactListCustomer & { updatedAt: string } } },
  { customerId: string; input: ContactInput }
> = gql`
  mutation AddContact($customerId: ID!, $input: ContactInput!) {
    addContact(customerId: $customerId, input: $input) {
      contact {
        id
      }
      customer {
        id
        updatedAt
        ...ContactList_customer
      }
    }
  }
  ${CONTACT_LIST_FRAGMENT}
`;

/** The payload's customer carries the whole contact list, so the cache needs no hand edits. */
export function useAddContact() {
  const [mutate, { loading }] = useMutation(ADD_CONTACT_MUTATION);
  const addContact = useCallback(
    async (customerId: string, input: ContactInput) => {
      await mutate({ variables: { customerId, input } });
    },
    [mutate],
  );
  return { addContact, loading };
}
