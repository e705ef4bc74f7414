import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ContactListCustomer } from '../components/ContactList.fragment';
import { graphql } from '../../../gql';

export const REMOVE_CONTACT_MUTATION = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id) {
      removedContactId
      customer {
        id
        ...ContactList_customer
      }
    }
  }
`);

/** Removal is shown at once (optimistically); if the server refuses, the contact comes back. */
export function useRemoveContact() {
  const [mutate, { loading }] = useMutation(REMOVE_CONTACT_MUTATION, {
    update: (cache, { data }) => {
      const id = data?.removeContact.removedContactId;
      if (id) {
        cache.evict({ id: cache.identify({ __typename: 'Contact', id }) });
        cache.gc();
      }
    },
  });

  const removeContact = useCallback(
    async (contactId: string, customer: ContactListCustomer) => {
      // Typenames let the cache file the optimistic answer under the right objects; the generated
      // types leave them out (Apollo adds `__typename` to every selection it sends).
      const removeContact = {
        __typename: 'RemoveContactPayload',
        removedContactId: contactId,
        customer: {
          ...customer,
          __typename: 'Customer',
          contacts: customer.contacts.filter((c) => c.id !== contactId).map((c) => ({ ...c, __typename: 'Contact' })),
        },
      };
      await mutate({ variables: { id: contactId }, optimisticResponse: { removeContact } });
    },
    [mutate],
  );
  return { removeContact, loading };
}
