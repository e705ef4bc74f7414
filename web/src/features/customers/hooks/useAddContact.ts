import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ContactInput } from '../../../gql/graphql';

export const ADD_CONTACT_MUTATION = graphql(`
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
`);

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
