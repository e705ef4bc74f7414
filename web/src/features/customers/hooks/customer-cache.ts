import type { ApolloCache } from '@apollo/client';

/**
 * A new customer belongs somewhere in a server-sorted, server-filtered, cursor-paged list:
 * only the server knows where. Dropping every cached page makes the visible page refetch and
 * the others load fresh when visited. The industry list gains whatever industry was typed.
 */
export function evictCustomerLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'customers' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'industries' });
  cache.gc();
}
