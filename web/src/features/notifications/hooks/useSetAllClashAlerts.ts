import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SET_ALL_CLASH_ALERTS_MUTATION = graphql(`
  mutation SetAllClashAlerts($enabled: Boolean!) {
    setAllClashAlerts(enabled: $enabled) {
      id
      allClashAlerts
    }
  }
`);

/**
 * An admin's choice to hear of clashes on every team's customers. The answer lands on the
 * viewer's own User in the cache, so `me` (and the switch reading it) follows without a refetch;
 * the switch moves at once (optimistically) and back if the server refuses.
 */
export function useSetAllClashAlerts(viewerId: string) {
  const [mutate, { loading }] = useMutation(SET_ALL_CLASH_ALERTS_MUTATION);
  const setAllClashAlerts = useCallback(
    async (enabled: boolean) => {
      // The typename files the optimistic answer under the viewer's User (the generated types leave it out).
      const setAllClashAlerts = { __typename: 'User', id: viewerId, allClashAlerts: enabled };
      await mutate({ variables: { enabled }, optimisticResponse: { setAllClashAlerts } });
    },
    [mutate, viewerId],
  );
  return { setAllClashAlerts, saving: loading };
}
