import type { WhichCustomers } from '../move-target';
import { useMoveMutation } from './useMoveMutation';
import { graphql } from '../../../gql';
import type { ReleaseCustomersInput as ApiInput, ReleaseCustomersMutation } from '../../../gql/graphql';

/** The API's input, with exactly one of `customerIds` and `filter`. */
export type ReleaseCustomersInput = Omit<ApiInput, 'customerIds' | 'filter'> & WhichCustomers;

/** `code` NOT_VISIBLE or IN_POOL; `companyName` null when not visible; `previousOwner` held it until the release. */
export type ReleaseResult = ReleaseCustomersMutation['releaseCustomers'][number];

export const RELEASE_CUSTOMERS_MUTATION = graphql(`
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
`);

/** A manager puts owned customers back in the pool with a note; one result per customer. */
export function useReleaseCustomers() {
  const { send: releaseCustomers, loading } = useMoveMutation(RELEASE_CUSTOMERS_MUTATION, 'releaseCustomers', { toPool: true });
  return { releaseCustomers, loading };
}
