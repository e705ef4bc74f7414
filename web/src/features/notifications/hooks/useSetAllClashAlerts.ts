import { useCallback } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

export const SET_ALL_CLASH_ALERTS_MUTATION: TypedDocumentNode<
  { setAllClashAlerts: { __typename?: 'User'; id: string; allClashAlerts: boolean | null } },
  { enabled: boolean }
> = gql`
  mutation SetAllClashAlerts($enabled: Boolean!) {
    setAllClashAlerts(enabled: $enabled) {
      id
      allClashAlerts
    }
  }
`;

/**
 * An admin's choice to hear of clashes on every team's customers. The answer lands on the
 * viewer's own User in the cache, so `me` (and the switch reading it) follows without a refetch;
 * the switch moves at once (optimistically) and back if the server refuses.
 */
export function useSetAllClashAlerts(viewerId: string) {
  const [mutate, { loading }] = useMutation(SET_ALL_CLASH_ALERTS_MUTATION);
  const setAllClashAlerts = useCallback(
    async (enabled: boolean) => {
      await mutate({
        variables: { enabled },
        optimisticResponse: { setAllClashAlerts: { __typename: 'User', id: viewerId, allClashAlerts: enabled } },
      });
    },
    [mutate, viewerId],
  );
  return { setAllClashAlerts, saving: loading };
}
