import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CONTACT_LIST_FRAGMENT, type ContactListCustomer } from '../components/ContactList.fragment';
import type { ContactInput } from '../customer-types';

export const UPDATE_CONTACT_MUTATION: TypedDocumentNode<
  { updateContact: { contact: { id: string }; customer: ContactListCustomer & { updatedAt: string } } },
  { id: string; input: ContactInput }
> = gql`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
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

export function useUpdateContact() {
  const [mutate, { loading }] = useMutation(UPDATE_CONTACT_MUTATION);
  const updateContact = useCallback(
    async (id: string, input: ContactInput) => {
      await mutate({ variables: { id, input } });
    },
    [mutate],
  );
  return { updateContact, loading };
}
