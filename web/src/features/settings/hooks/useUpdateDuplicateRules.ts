import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { DUPLICATE_RULES_QUERY } from './useDuplicateRules';
import { graphql } from '../../../gql';
import type { DuplicateRulesInput } from '../../../gql/graphql';

export const UPDATE_DUPLICATE_RULES_MUTATION = graphql(`
  mutation UpdateDuplicateRules($input: DuplicateRulesInput!) {
    updateDuplicateRules(input: $input) {
      ...DuplicateRulesForm_rules
    }
  }
`);

/** The rules have no id to normalise on, so the saved ones are written over the query's entry. */
export function useUpdateDuplicateRules() {
  const [mutate, { loading }] = useMutation(UPDATE_DUPLICATE_RULES_MUTATION, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: DUPLICATE_RULES_QUERY, data: { duplicateRules: data.updateDuplicateRules } });
    },
  });
  const updateRules = useCallback(
    async (input: DuplicateRulesInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateDuplicateRules returned no data');
      return data.updateDuplicateRules;
    },
    [mutate],
  );
  return { updateRules, loading };
}
