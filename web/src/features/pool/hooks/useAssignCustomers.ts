import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AssignmentStrategy } from '@berth/domain';
import type { UserRef } from '../../customers/customer-types';
import type { PoolFilterInput } from '../pool-filter';
import { useMoveMutation } from '../../moves/hooks/useMoveMutation';

/** Exactly one of `customerIds` and `poolFilter` says which customers. */
export type AssignCustomersInput = { toUserIds: string[]; strategy?: AssignmentStrategy } & (
  | { customerIds: string[]; poolFilter?: never }
  | { poolFilter: PoolFilterInput; customerIds?: never }
);

export interface AssignResult {
  __typename?: 'AssignResult';
  customerId: string;
  ok: boolean;
  code: string | null;
  message: string | null;
  /** Null for customers the viewer may not see (or refused before being looked at). */
  companyName: string | null;
  assignee: UserRef | null;
}

/** What a move to reps says of each customer; reassignments answer the same. */
export const ASSIGN_RESULT_FIELDS = gql`
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
`;

export const ASSIGN_CUSTOMERS_MUTATION: TypedDocumentNode<{ assignCustomers: AssignResult[] }, { input: AssignCustomersInput }> = gql`
  mutation AssignCustomers($input: AssignCustomersInput!) {
    assignCustomers(input: $input) {
      ...AssignResultFields
    }
  }
  ${ASSIGN_RESULT_FIELDS}
`;

/** A manager gives pool customers to reps; one result per customer, refusals never abort the rest. */
export function useAssignCustomers() {
  const { send: assignCustomers, loading } = useMoveMutation(ASSIGN_CUSTOMERS_MUTATION, 'assignCustomers');
  return { assignCustomers, loading };
}
