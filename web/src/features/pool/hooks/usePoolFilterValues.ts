import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const POOL_FILTER_VALUES_QUERY = graphql(`
  query PoolFilterValues {
    industries(pool: true)
    sources(pool: true)
  }
`);

/** Industries and sources among pool customers, for the pool's filter menus. */
export function usePoolFilterValues() {
  const { data } = useQuery(POOL_FILTER_VALUES_QUERY);
  return { industries: data?.industries ?? [], sources: data?.sources ?? [] };
}
