import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DUPLICATE_RULES_FORM_FRAGMENT, type DuplicateRulesFormRules } from '../components/DuplicateRulesForm.fragment';

export const DUPLICATE_RULES_QUERY: TypedDocumentNode<{ duplicateRules: DuplicateRulesFormRules }, Record<string, never>> = gql`
  query DuplicateRules {
    duplicateRules {
      ...DuplicateRulesForm_rules
    }
  }
  ${DUPLICATE_RULES_FORM_FRAGMENT}
`;

/** Every signed-in user may read the rules; only admins may change them. */
export function useDuplicateRules() {
  const { data, loading, error, refetch } = useQuery(DUPLICATE_RULES_QUERY, { fetchPolicy: 'cache-and-network' });
  return { rules: data?.duplicateRules ?? null, loading: loading && !data, error: data ? undefined : error, refetch };
}
