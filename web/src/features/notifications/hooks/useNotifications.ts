import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { NOTIFICATION_ITEM_FRAGMENT, type NotificationItemNotification } from '../components/NotificationItem.fragment';

export const NOTIFICATIONS_SHOWN = 20;

export const NOTIFICATIONS_QUERY: TypedDocumentNode<
  { notifications: { unreadCount: number; edges: NotificationItemNotification[] } },
  { first: number }
> = gql`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      edges {
        ...NotificationItem_notification
      }
    }
  }
  ${NOTIFICATION_ITEM_FRAGMENT}
`;

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
