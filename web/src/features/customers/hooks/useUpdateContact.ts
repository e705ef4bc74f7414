import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UpdateContactInput } from '../../../gql/graphql';

export const UPDATE_CONTACT_MUTATION = graphql(`
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
`);

export function useUpdateContact() {
  const [mutate, { loading }] = useMutation(UPDATE_CONTACT_MUTATION);
  const updateContact = useCallback(
    async (id: string, input: UpdateContactInput) => {
      await mutate({ variables: { id, input } });
    },
    [mutate],
  );
  return { updateContact, loading };
}
