import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CUSTOMER_LOOKUPS_QUERY = graphql(`
  query CustomerLookups($withOwners: Boolean!) {
    tiers {
      code
      name
      rank
    }
    regions {
      id
      name
    }
    industries
    teamMembers @include(if: $withOwners) {
      id
      name
    }
  }
`);

/** Choices for the filter bar and the customer form; `withOwners` only for people who see a team. */
export function useCustomerLookups({ withOwners }: { withOwners: boolean }) {
  const { data, loading } = useQuery(CUSTOMER_LOOKUPS_QUERY, { variables: { withOwners } });
  return useMemo(
    () => ({
      loading,
      tiers: [...(data?.tiers ?? [])].sort((a, b) => a.rank - b.rank),
      regions: data?.regions ?? [],
      industries: data?.industries ?? [],
      teamMembers: data?.teamMembers ?? [],
    }),
    [data, loading],
  );
}
