import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UserRef } from '../../customers/customer-types';
import type { WhichCustomers } from '../move-target';
import { useMoveMutation } from './useMoveMutation';

export type ReleaseCustomersInput = { note: string } & WhichCustomers;

export interface ReleaseResult {
  __typename?: 'ReleaseResult';
  customerId: string;
  ok: boolean;
  /** NOT_VISIBLE or IN_POOL. */
  code: string | null;
  message: string | null;
  /** Null when not visible. */
  companyName: string | null;
  /** Who held it until the release. */
  previousOwner: UserRef | null;
}

export const RELEASE_CUSTOMERS_MUTATION: TypedDocumentNode<{ releaseCustomers: ReleaseResult[] }, { input: ReleaseCustomersInput }> = gql`
  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {
    releaseCustomers(input: $input) {
      customerId
      ok
      code
      message
      companyName
      previousOwner {
        id
        name
      }
    }
  }
`;

/** A manager puts owned customers back in the pool with a note; one result per customer. */
export function useReleaseCustomers() {
  const { send: releaseCustomers, loading } = useMoveMutation(RELEASE_CUSTOMERS_MUTATION, 'releaseCustomers', { toPool: true });
  return { releaseCustomers, loading };
}
