import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DUPLICATE_RULES_QUERY = graphql(`
  query DuplicateRules {
    duplicateRules {
      ...DuplicateRulesForm_rules
    }
  }
`);

/** Every signed-in user may read the rules; only admins may change them. */
export function useDuplicateRules() {
  const { data, loading, error, refetch } = useQuery(DUPLICATE_RULES_QUERY, { fetchPolicy: 'cache-and-network' });
  return { rules: data?.duplicateRules ?? null, loading: loading && !data, error: data ? undefined : error, refetch };
}
