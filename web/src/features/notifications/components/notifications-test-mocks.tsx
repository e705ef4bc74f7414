import { useState } from 'react';
import { useMyCustomersChanged } from '../../customers/hooks/useMyCustomersChanged';
import { CLASH_ALERTS_SUBSCRIPTION, useClashAlerts } from '../hooks/useClashAlerts';
import { NOTIFICATIONS_QUERY } from '../hooks/useNotifications';
import { UNREAD_NOTIFICATIONS_QUERY } from '../hooks/useUnreadCount';
import { NotificationsButton } from './NotificationsButton';

/** The app bar's part: the bell and its clash subscription. */
export function Bell() {
  useClashAlerts();
  return <NotificationsButton />;
}

/** The shell's customer-change subscription, started on cue so the event lands while the panel is open. */
export function LiveShell() {
  const [live, setLive] = useState(false);
  return (
    <>
      {live ? <Live /> : <button onClick={() => setLive(true)}>go live</button>}
      <Bell />
    </>
  );
}

function Live() {
  useMyCustomersChanged();
  return null;
}

const connection = (unreadCount: number) => ({ __typename: 'NotificationConnection', unreadCount });

export const unreadMock = (count: number) => ({ request: { query: UNREAD_NOTIFICATIONS_QUERY }, result: { data: { notifications: connection(count) } }, maxUsageCount: 1 });

export const listMock = (unreadCount: number, edges: object[], maxUsageCount = 5) => ({
  request: { query: NOTIFICATIONS_QUERY, variables: { first: 20 } },
  result: { data: { notifications: { ...connection(unreadCount), edges } } },
  maxUsageCount,
});

/** No clash arrives while a test runs. */
export const quietClashes = { request: { query: CLASH_ALERTS_SUBSCRIPTION }, result: { data: null }, delay: 60_000 };
