import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PoolCustomerHistoryQuery } from '../../../gql/graphql';

export type PoolCustomerHistory = PoolCustomerHistoryQuery['poolCustomer'];

export const POOL_CUSTOMER_HISTORY_QUERY = graphql(`
  query PoolCustomerHistory($id: ID!) {
    poolCustomer(id: $id) {
      id
      source
      ...PoolCustomerCard_customer
      ...PoolEntryTimeline_customer
      ...PoolFollowUps_customer
    }
  }
`);

/** A pool customer's past before claiming it: each pool entry and what previous owners tried. */
export function usePoolCustomerHistory(id: string | null) {
  return useQuery(POOL_CUSTOMER_HISTORY_QUERY, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
}
