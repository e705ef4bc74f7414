import type { PoolFilterInput } from '../pool-filter';
import { useMoveMutation } from '../../moves/hooks/useMoveMutation';
import { graphql } from '../../../gql';
import type { AssignCustomersInput as ApiInput, AssignResultFieldsFragment } from '../../../gql/graphql';

/** The API's input, with exactly one of `customerIds` and `poolFilter` saying which customers. */
export type AssignCustomersInput = Omit<ApiInput, 'customerIds' | 'poolFilter'> &
  ({ customerIds: string[]; poolFilter?: never } | { poolFilter: PoolFilterInput; customerIds?: never });

/** `companyName` is null for customers the viewer may not see (or refused before being looked at). */
export type AssignResult = AssignResultFieldsFragment;

/** What a move to reps says of each customer; reassignments answer the same. */
export const ASSIGN_RESULT_FIELDS = graphql(`
  fragment AssignResultFields on AssignResult {
    customerId
    ok
    code
    message
    companyName
    assignee {
      id
      name
    }
  }
`);

export const ASSIGN_CUSTOMERS_MUTATION = graphql(`
  mutation AssignCustomers($input: AssignCustomersInput!) {
    assignCustomers(input: $input) {
      ...AssignResultFields
    }
  }
`);

/** A manager gives pool customers to reps; one result per customer, refusals never abort the rest. */
export function useAssignCustomers() {
  const { send: assignCustomers, loading } = useMoveMutation(ASSIGN_CUSTOMERS_MUTATION, 'assignCustomers');
  return { assignCustomers, loading };
}
