import type { ApolloCache, ApolloClient } from '@apollo/client';
import { NOTIFICATIONS_QUERY, NOTIFICATIONS_SHOWN } from './useNotifications';
import { UNREAD_NOTIFICATIONS_QUERY } from './useUnreadCount';

/** The `notifications` field as stored: one object for every argument (keyArgs: false). */
interface StoredConnection {
  __typename?: string;
  unreadCount?: number;
  edges?: unknown[];
}

/**
 * A clash alert arrived: one more unread. The alert is not the notification itself (that has
 * its own id), so the cached list is dropped rather than guessed at; an open panel refetches it.
 */
export function recordNewNotification(cache: ApolloCache) {
  cache.modify<{ notifications: StoredConnection }>({
    id: 'ROOT_QUERY',
    fields: {
      notifications(existing) {
        const { edges: _dropped, ...rest } = existing as StoredConnection;
        return { ...rest, unreadCount: (rest.unreadCount ?? 0) + 1 } as typeof existing;
      },
    },
  });
}

/**
 * The server created notifications the client cannot build itself (reminders, as many as the
 * sweep found): ask again for the badge, and for the list if it is open. A closed list refetches
 * when it opens (cache-and-network).
 */
export function refetchNotifications(client: ApolloClient) {
  return client.refetchQueries({ include: [UNREAD_NOTIFICATIONS_QUERY, NOTIFICATIONS_QUERY] });
}

/** Notifications were marked read (`ids` undefined = all): stamp them and lower the count. */
export function recordRead(cache: ApolloCache, ids: string[] | undefined, changed: number, readAt: string) {
  const targets =
    ids ?? cache.readQuery({ query: NOTIFICATIONS_QUERY, variables: { first: NOTIFICATIONS_SHOWN } })?.notifications.edges.map((n) => n.id) ?? [];
  for (const id of targets) {
    cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: (value) => value ?? readAt } });
  }
  cache.modify<{ notifications: StoredConnection }>({
    id: 'ROOT_QUERY',
    fields: {
      notifications(existing) {
        const stored = existing as StoredConnection;
        const unreadCount = ids ? Math.max(0, (stored.unreadCount ?? 0) - changed) : 0;
        return { ...stored, unreadCount } as typeof existing;
      },
    },
  });
}
