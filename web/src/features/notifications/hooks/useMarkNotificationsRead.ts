import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { recordRead } from './notification-cache';
import { graphql } from '../../../gql';

export const MARK_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * Marks some notifications read, or all of them without `ids`. The badge drops at once
 * (optimistically); the server's count of what changed settles it.
 */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MARK_NOTIFICATIONS_READ_MUTATION);

  const markRead = useCallback(
    async ({ ids, unreadCount }: { ids?: string[]; unreadCount: number }) => {
      const readAt = new Date().toISOString();
      await mutate({
        variables: ids ? { ids } : {},
        optimisticResponse: { markNotificationsRead: ids ? ids.length : unreadCount },
        update: (cache, { data }) => recordRead(cache, ids, data?.markNotificationsRead ?? 0, readAt),
      });
    },
    [mutate],
  );
  return { markRead, loading };
}
