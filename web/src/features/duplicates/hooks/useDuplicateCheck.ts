import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { toDuplicateCheckInput, type DuplicateCheckFields } from '../duplicate-check-input';
import type { DuplicateCheckInput } from '../duplicate-types';
import { graphql } from '../../../gql';

export const CHECK_DUPLICATES_QUERY = graphql(`
  query CheckDuplicates($input: DuplicateCheckInput!) {
    checkDuplicates(input: $input) {
      ...DuplicatePanel_result
    }
  }
`);

/** Long enough to let a word be finished, short enough to answer before the user looks down. */
export const DUPLICATE_CHECK_DEBOUNCE_MS = 300;

/**
 * Checks the typed company against Berth as the user types. Each check goes to the server
 * (someone else may have saved the company a second ago); while the next one runs the last
 * answer stays on screen instead of flickering away. Failures stay quiet: the check is advice,
 * and the save itself is checked again on the server.
 */
export function useDuplicateCheck(fields: DuplicateCheckFields, excludeCustomerId?: string) {
  const input = toDuplicateCheckInput(fields, excludeCustomerId);
  const debounced = useDebouncedValue(input ? JSON.stringify(input) : null, DUPLICATE_CHECK_DEBOUNCE_MS);
  const { data, previousData, loading, error } = useQuery(CHECK_DUPLICATES_QUERY, {
    variables: { input: debounced ? (JSON.parse(debounced) as DuplicateCheckInput) : {} },
    skip: debounced === null,
    fetchPolicy: 'network-only',
  });

  const active = input !== null && debounced !== null;
  return {
    result: active ? (data ?? previousData)?.checkDuplicates ?? null : null,
    checking: input !== null && (loading || debounced !== JSON.stringify(input)),
    failed: active && Boolean(error) && !loading,
  };
}
