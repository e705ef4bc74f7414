import type { ApolloCache, ApolloClient } from '@apollo/client';
import { evictCustomerLists } from '../../customers/hooks/customer-cache';

/**
 * Ownership moved between a rep and the pool: the pool pages, the quota and the customer
 * lists are all stale, and only the server knows their new shape. Visible queries refetch.
 * False when no pool page was cached: the one on screen, if any, is being fetched already.
 */
export function evictOwnershipViews(cache: ApolloCache): boolean {
  const dropped = cache.evict({ id: 'ROOT_QUERY', fieldName: 'poolCustomers' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'claimQuota' });
  evictCustomerLists(cache);
  return dropped;
}

/**
 * Asks the pool list on screen again, even mid-fetch. A change that lands while the list is
 * being fetched finds nothing to evict, and the answer under way may predate it.
 */
export function refetchVisiblePoolLists(client: ApolloClient) {
  for (const query of client.getObservableQueries('active')) {
    if (query.queryName === 'PoolCustomers') void query.refetch().catch(() => undefined);
  }
}
