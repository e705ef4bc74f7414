import { useCallback } from 'react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { evictOwnershipViews } from '../../pool/hooks/pool-cache';

/** The customer page's query: its owner, protection and ownership history change with a move. */
const MOVED_CUSTOMER_QUERY = 'CustomerPage';

/**
 * A manager's move (assign, reassign, release): one result per customer, refusals never abort
 * the rest. When any customer moved, the lists, the pool pages and the quota are dropped (only
 * the server knows their new shape; visible ones refetch) and an open customer page is read
 * again, or for customers sent `toPool`, shown without an owner.
 */
export function useMoveMutation<Field extends string, Result extends { ok: boolean; customerId: string }, Input extends OperationVariables>(
  document: TypedDocumentNode<Record<Field, Result[]>, { input: Input }>,
  field: Field,
  { toPool = false }: { toPool?: boolean } = {},
) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document, {
    update: (cache, { data }) => {
      const moved = data?.[field]?.filter((r) => r.ok) ?? [];
      if (moved.length === 0) return;
      evictOwnershipViews(cache);
      if (toPool) {
        // A manager may not open a pool customer's page (the pool has its own view): the page on
        // screen is told it has no owner any more instead of being read again.
        for (const { customerId } of moved) {
          cache.modify({ id: cache.identify({ __typename: 'Customer', id: customerId }), fields: { owner: () => null, ownedSince: () => null, protectedUntil: () => null } });
        }
        return;
      }
      for (const query of client.getObservableQueries('active')) {
        if (query.queryName === MOVED_CUSTOMER_QUERY) void query.refetch().catch(() => undefined);
      }
    },
  });

  const send = useCallback(
    async (input: Input): Promise<Result[]> => {
      const { data } = await mutate({ variables: { input } as never });
      if (!data) throw new Error(`${field} returned no data`);
      return data[field];
    },
    [mutate, field],
  );

  return { send, loading };
}
