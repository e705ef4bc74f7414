import { useSubscription } from '@apollo/client/react';
import { evictOwnershipViews, refetchVisiblePoolLists } from './pool-cache';
import { graphql } from '../../../gql';

export const POOL_CHANGED_SUBSCRIPTION = graphql(`
  subscription PoolChanged {
    poolChanged {
      kind
      customerIds
    }
  }
`);

/**
 * Customers entered or left the pool somewhere (a recycle, a return, a manager's release,
 * someone's claim, a manager's assignment): the pool pages, the quota and the customer lists are dropped, and
 * whatever is on screen refetches, even a list already being fetched.
 */
export function usePoolChanged() {
  useSubscription(POOL_CHANGED_SUBSCRIPTION, {
    onData: ({ client }) => {
      // Refetch even when something was evicted: with cache-and-network the page keeps its cached
      // answer while a fetch is under way, so an eviction mid-fetch let that older answer land last.
      evictOwnershipViews(client.cache);
      refetchVisiblePoolLists(client);
    },
  });
}
