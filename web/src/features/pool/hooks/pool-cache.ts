import type { ApolloCache } from '@apollo/client';
import { evictCustomerLists } from '../../customers/hooks/customer-cache';

/**
 * Ownership moved between a rep and the pool: the pool pages, the quota and the customer
 * lists are all stale, and only the server knows their new shape. Visible queries refetch.
 */
export function evictOwnershipViews(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'poolCustomers' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'claimQuota' });
  evictCustomerLists(cache);
}
