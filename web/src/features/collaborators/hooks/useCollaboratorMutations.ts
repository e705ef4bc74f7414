import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AddCollaboratorInput } from '../../../gql/graphql';

/** Granting again changes the access or the end date: the same mutation adds and changes. */
export const ADD_COLLABORATOR = graphql(`
  mutation AddCollaborator($input: AddCollaboratorInput!) {
    addCollaborator(input: $input) {
      ...CollaboratorList_customer
    }
  }
`);

export const REMOVE_COLLABORATOR = graphql(`
  mutation RemoveCollaborator($customerId: ID!, $userId: ID!) {
    removeCollaborator(customerId: $customerId, userId: $userId) {
      ...CollaboratorList_customer
    }
  }
`);

/** Someone leaving no longer sees the customer: they select nothing of it back. */
export const LEAVE_CUSTOMER = graphql(`
  mutation LeaveCustomer($customerId: ID!, $userId: ID!) {
    removeCollaborator(customerId: $customerId, userId: $userId) {
      id
    }
  }
`);

/** The payload is the customer: the list on screen updates from it through the cache. */
export function useAddCollaborator() {
  const [mutate, { loading }] = useMutation(ADD_COLLABORATOR);
  return { addCollaborator: (input: AddCollaboratorInput) => mutate({ variables: { input } }), loading };
}

export function useRemoveCollaborator() {
  const [mutate, { loading }] = useMutation(REMOVE_COLLABORATOR);
  return { removeCollaborator: (customerId: string, userId: string) => mutate({ variables: { customerId, userId } }), loading };
}

/** Leaving drops the customer from the cache: every list that showed it reads again. */
export function useLeaveCustomer() {
  const [mutate, { loading, client }] = useMutation(LEAVE_CUSTOMER);
  async function leave(customerId: string, userId: string) {
    await mutate({ variables: { customerId, userId } });
    client.cache.evict({ id: client.cache.identify({ __typename: 'Customer', id: customerId }) });
    client.cache.gc();
  }
  return { leave, loading };
}
