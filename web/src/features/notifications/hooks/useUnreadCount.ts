import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { useConnectionState } from '../../../app/apollo/realtime-context';
import { graphql } from '../../../gql';

export const UNREAD_NOTIFICATIONS_QUERY = graphql(`
  query UnreadNotifications {
    notifications {
      unreadCount
    }
  }
`);

/**
 * The badge number. It lives in the Apollo cache beside the list (both read the one
 * `notifications` field), so the subscription and the mark-read mutation update it in one place.
 * Alerts sent while the socket was down are missed, so the count is asked again on reconnecting.
 */
export function useUnreadCount(): number {
  const { data, refetch } = useQuery(UNREAD_NOTIFICATIONS_QUERY);
  const connection = useConnectionState();
  const previous = useRef(connection);
  useEffect(() => {
    if (connection === 'connected' && previous.current === 'reconnecting') void refetch().catch(() => undefined);
    previous.current = connection;
  }, [connection, refetch]);
  return data?.notifications.unreadCount ?? 0;
}
