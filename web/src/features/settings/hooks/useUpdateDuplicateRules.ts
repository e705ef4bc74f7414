import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { DUPLICATE_RULES_FORM_FRAGMENT, type DuplicateRulesFormRules } from '../components/DuplicateRulesForm.fragment';
import type { DuplicateRules } from '../duplicate-rules-form';
import { DUPLICATE_RULES_QUERY } from './useDuplicateRules';

export const UPDATE_DUPLICATE_RULES_MUTATION: TypedDocumentNode<
  { updateDuplicateRules: DuplicateRulesFormRules },
  { input: DuplicateRules }
> = gql`
  mutation UpdateDuplicateRules($input: DuplicateRulesInput!) {
    updateDuplicateRules(input: $input) {
      ...DuplicateRulesForm_rules
    }
  }
  ${DUPLICATE_RULES_FORM_FRAGMENT}
`;

/** The rules have no id to normalise on, so the saved ones are written over the query's entry. */
export function useUpdateDuplicateRules() {
  const [mutate, { loading }] = useMutation(UPDATE_DUPLICATE_RULES_MUTATION, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: DUPLICATE_RULES_QUERY, data: { duplicateRules: data.updateDuplicateRules } });
    },
  });
  const updateRules = useCallback(
    async (input: DuplicateRules) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateDuplicateRules returned no data');
      return data.updateDuplicateRules;
    },
    [mutate],
  );
  return { updateRules, loading };
}
