import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { POOL_CUSTOMER_CARD_FRAGMENT, type PoolCustomerCardCustomer } from '../components/PoolCustomerCard.fragment';
import { POOL_ENTRY_TIMELINE_FRAGMENT, type PoolEntryTimelineCustomer } from '../components/PoolEntryTimeline.fragment';
import { POOL_FOLLOW_UPS_FRAGMENT, type PoolFollowUpsCustomer } from '../components/PoolFollowUps.fragment';

export type PoolCustomerHistory = PoolCustomerCardCustomer & PoolEntryTimelineCustomer & PoolFollowUpsCustomer & { source: string | null };

export const POOL_CUSTOMER_HISTORY_QUERY: TypedDocumentNode<{ poolCustomer: PoolCustomerHistory }, { id: string }> = gql`
  query PoolCustomerHistory($id: ID!) {
    poolCustomer(id: $id) {
      id
      source
      ...PoolCustomerCard_customer
      ...PoolEntryTimeline_customer
      ...PoolFollowUps_customer
    }
  }
  ${POOL_CUSTOMER_CARD_FRAGMENT}
  ${POOL_ENTRY_TIMELINE_FRAGMENT}
  ${POOL_FOLLOW_UPS_FRAGMENT}
`;

/** A pool customer's past before claiming it: each pool entry and what previous owners tried. */
export function usePoolCustomerHistory(id: string | null) {
  return useQuery(POOL_CUSTOMER_HISTORY_QUERY, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
}
