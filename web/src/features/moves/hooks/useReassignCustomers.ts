import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AssignmentStrategy } from '@berth/domain';
import { ASSIGN_RESULT_FIELDS, type AssignResult } from '../../pool/hooks/useAssignCustomers';
import type { WhichCustomers } from '../move-target';
import { useMoveMutation } from './useMoveMutation';

export type ReassignCustomersInput = { toUserIds: string[]; strategy?: AssignmentStrategy } & WhichCustomers;

export const REASSIGN_CUSTOMERS_MUTATION: TypedDocumentNode<{ reassignCustomers: AssignResult[] }, { input: ReassignCustomersInput }> = gql`
  mutation ReassignCustomers($input: ReassignCustomersInput!) {
    reassignCustomers(input: $input) {
      ...AssignResultFields
    }
  }
  ${ASSIGN_RESULT_FIELDS}
`;

/** A manager moves owned customers to other reps in their team; one result per customer. */
export function useReassignCustomers() {
  const { send: reassignCustomers, loading } = useMoveMutation(REASSIGN_CUSTOMERS_MUTATION, 'reassignCustomers');
  return { reassignCustomers, loading };
}
