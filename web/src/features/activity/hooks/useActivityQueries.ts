import { useLazyQuery, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OwnerAtQuery } from '../../../gql/graphql';

/**
 * The log is read when its tab opens, and again each time: it is the union of two tables and
 * every edit on the page adds to it, so a cached copy would soon be stale.
 */
export const CUSTOMER_ACTIVITY_QUERY = graphql(`
  query CustomerActivity($id: ID!) {
    customer(id: $id) {
      ...ActivityLog_customer
    }
  }
`);

export function useCustomerActivity(id: string) {
  return useQuery(CUSTOMER_ACTIVITY_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export const OWNER_AT_QUERY = graphql(`
  query OwnerAt($customerId: ID!, $at: DateTimeISO!) {
    ownerAt(customerId: $customerId, at: $at) {
      existed
      owner {
        id
        name
      }
      since
    }
  }
`);

/** The owner at an instant; `owner` null = the pool. */
export type OwnerAtAnswer = OwnerAtQuery['ownerAt'];

export function useOwnerAt() {
  return useLazyQuery(OWNER_AT_QUERY, { fetchPolicy: 'network-only' });
}

export const VERIFY_TRAIL_QUERY = graphql(`
  query VerifyOwnershipTrail($customerId: ID!) {
    verifyOwnershipTrail(customerId: $customerId) {
      intact
      events
      customers
      breaks {
        customerId
        eventId
        occurredAt
      }
    }
  }
`);

/** Recomputed by the server on every press: a cached "intact" would prove nothing. */
export function useTrailCheck() {
  return useLazyQuery(VERIFY_TRAIL_QUERY, { fetchPolicy: 'network-only' });
}
