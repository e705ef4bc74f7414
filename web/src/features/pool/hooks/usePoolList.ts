import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useCursorPages } from '../../../shared/hooks/useCursorPages';
import type { PoolFilterInput } from '../pool-filter';
import { graphql } from '../../../gql';

export const POOL_CUSTOMERS_QUERY = graphql(`
  query PoolCustomers($filter: PoolFilter, $first: Int!, $after: String) {
    poolCustomers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          ...PoolCustomerCard_customer
        }
      }
    }
  }
`);

export const POOL_PAGE_SIZE = 25;

/** One server page of pool customers, newest arrivals first, paged like the customer list. */
export function usePoolList(filter: PoolFilterInput) {
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(POOL_CUSTOMERS_QUERY, {
    variables: { filter, first: POOL_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    // A pool event mid-fetch refetches (usePoolChanged): that must be a request of its own, not
    // a share of the one under way, whose answer may predate the event.
    context: { queryDeduplication: false },
  });
  const connection = data?.poolCustomers;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const { remember } = pages;
  useEffect(() => remember(endCursor), [endCursor, remember]);
  const total = pages.keepTotal(connection?.totalCount);
  const shown = connection ?? previousData?.poolCustomers;

  return {
    rows: shown?.edges.map((edge) => edge.node) ?? [],
    total,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    page: pages.page,
    goTo: pages.goTo,
    loading,
    error,
    refetch,
  };
}
