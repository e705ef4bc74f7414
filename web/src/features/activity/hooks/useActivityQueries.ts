import { gql, type TypedDocumentNode } from '@apollo/client';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { ACTIVITY_LOG_FRAGMENT, type ActivityLogCustomer } from '../components/ActivityLog.fragment';

/**
 * The log is read when its tab opens, and again each time: it is the union of two tables and
 * every edit on the page adds to it, so a cached copy would soon be stale.
 */
export const CUSTOMER_ACTIVITY_QUERY: TypedDocumentNode<{ customer: ActivityLogCustomer }, { id: string }> = gql`
  query CustomerActivity($id: ID!) {
    customer(id: $id) {
      ...ActivityLog_customer
    }
  }
  ${ACTIVITY_LOG_FRAGMENT}
`;

export function useCustomerActivity(id: string) {
  return useQuery(CUSTOMER_ACTIVITY_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export interface OwnerAtAnswer {
  existed: boolean;
  /** null = the pool. */
  owner: { id: string; name: string } | null;
  since: string | null;
}

export const OWNER_AT_QUERY: TypedDocumentNode<{ ownerAt: OwnerAtAnswer }, { customerId: string; at: string }> = gql`
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
`;

export function useOwnerAt() {
  return useLazyQuery(OWNER_AT_QUERY, { fetchPolicy: 'network-only' });
}

export interface TrailCheck {
  intact: boolean;
  events: number;
  customers: number;
  breaks: { customerId: string; eventId: string; occurredAt: string }[];
}

export const VERIFY_TRAIL_QUERY: TypedDocumentNode<{ verifyOwnershipTrail: TrailCheck }, { customerId: string }> = gql`
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
`;

/** Recomputed by the server on every press: a cached "intact" would prove nothing. */
export function useTrailCheck() {
  return useLazyQuery(VERIFY_TRAIL_QUERY, { fetchPolicy: 'network-only' });
}
