import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const NOTIFICATIONS_SHOWN = 20;

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      edges {
        ...NotificationItem_notification
      }
    }
  }
`);

/** The latest notifications, newest first (the server's order); fetched fresh each time the panel opens. */
export function useNotifications() {
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: NOTIFICATIONS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  return {
    notifications: data?.notifications.edges ?? [],
    unreadCount: data?.notifications.unreadCount ?? 0,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}
