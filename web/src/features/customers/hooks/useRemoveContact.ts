import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CONTACT_LIST_FRAGMENT, type ContactListCustomer } from '../components/ContactList.fragment';

interface RemoveContactData {
  removeContact: { __typename?: 'RemoveContactPayload'; removedContactId: string; customer: ContactListCustomer };
}

export const REMOVE_CONTACT_MUTATION: TypedDocumentNode<RemoveContactData, { id: string }> = gql`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id) {
      removedContactId
      customer {
        id
        ...ContactList_customer
      }
    }
  }
  ${CONTACT_LIST_FRAGMENT}
`;

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
      await mutate({
        variables: { id: contactId },
        optimisticResponse: {
          removeContact: {
            __typename: 'RemoveContactPayload',
            removedContactId: contactId,
            customer: {
              ...customer,
              __typename: 'Customer',
              contacts: customer.contacts.filter((c) => c.id !== contactId).map((c) => ({ ...c, __typename: 'Contact' })),
            } as ContactListCustomer,
          },
        },
      });
    },
    [mutate],
  );
  return { removeContact, loading };
}
