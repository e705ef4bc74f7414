import type { WhichCustomers } from '../move-target';
import { useMoveMutation } from './useMoveMutation';
import { graphql } from '../../../gql';
import type { ReassignCustomersInput as ApiInput } from '../../../gql/graphql';

/** The API's input, with exactly one of `customerIds` and `filter`. */
export type ReassignCustomersInput = Omit<ApiInput, 'customerIds' | 'filter'> & WhichCustomers;

export const REASSIGN_CUSTOMERS_MUTATION = graphql(`
  mutation ReassignCustomers($input: ReassignCustomersInput!) {
    reassignCustomers(input: $input) {
      ...AssignResultFields
    }
  }
`);

/** A manager moves owned customers to other reps in their team; one result per customer. */
export function useReassignCustomers() {
  const { send: reassignCustomers, loading } = useMoveMutation(REASSIGN_CUSTOMERS_MUTATION, 'reassignCustomers');
  return { reassignCustomers, loading };
}
