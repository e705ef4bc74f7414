import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n } from '../../../i18n/i18n';
import { clashAlert, notification, reminderNotification } from '../../../test/notification-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CLASH_ALERTS_SUBSCRIPTION, useClashAlerts } from '../hooks/useClashAlerts';
import { MARK_NOTIFICATIONS_READ_MUTATION } from '../hooks/useMarkNotificationsRead';
import { NOTIFICATIONS_QUERY } from '../hooks/useNotifications';
import { UNREAD_NOTIFICATIONS_QUERY } from '../hooks/useUnreadCount';
import { NotificationsButton } from './NotificationsButton';

/** The app bar's part: the bell, and the one subscription the shell holds. */
function Bell() {
  useClashAlerts();
  return <NotificationsButton />;
}

const connection = (unreadCount: number) => ({ __typename: 'NotificationConnection', unreadCount });
const unreadMock = { request: { query: UNREAD_NOTIFICATIONS_QUERY }, result: { data: { notifications: connection(2) } } };
const listMock = {
  request: { query: NOTIFICATIONS_QUERY, variables: { first: 20 } },
  result: {
    data: {
      notifications: {
        ...connection(2),
        edges: [
          notification('n1', null),
          notification('n2', null, clashAlert({ id: 'clash-n2', attemptedBy: { name: 'Li Wei', departmentName: null }, verdict: 'WARN' } as never)),
          notification('n3', '2026-11-20T08:00:00Z'),
        ],
      },
    },
  },
  maxUsageCount: 5,
};
const markMock = (ids: string[] | undefined, changed: number) => ({
  request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: ids ? { ids } : {} },
  result: { data: { markNotificationsRead: changed } },
});
// Nothing arrives on the socket unless a test says so.
const quietSocket = { request: { query: CLASH_ALERTS_SUBSCRIPTION }, result: { data: null }, delay: 60_000 };

function renderBell(mocks: object[], options: Parameters<typeof renderWithProviders>[1] = {}) {
  renderWithProviders(<Bell />, { route: '/customers', path: '*', mocks: mocks as never[], ...options });
  return { user: userEvent.setup(), bell: () => screen.getByTestId('notifications-button') };
}

const badgeText = (bell: HTMLElement) => bell.querySelector('.MuiBadge-badge')?.textContent;
const readStates = () => screen.getAllByTestId('notification-item').map((item) => item.dataset.read);

describe('the notifications bell', () => {
  it('shows the unread count and marks everything read', async () => {
    const { user, bell } = renderBell([unreadMock, listMock, markMock(undefined, 2), quietSocket]);
    await waitFor(() => expect(bell().dataset.unread).toBe('2'));
    expect(badgeText(bell())).toBe('2');

    await user.click(bell());
    const panel = await screen.findByTestId('notifications-panel');
    await waitFor(() => expect(readStates()).toEqual(['false', 'false', 'true']));
    expect(within(panel).getAllByTestId('notification-item')[0].textContent).toContain(
      'Emma Novak tried to add Acme TradingMatches your customer Acme Trading Co., Ltd. on name, phone · 5 minutes ago',
    );

    await user.click(screen.getByTestId('mark-all-read'));

    await waitFor(() => expect(bell().dataset.unread).toBe('0'));
    expect(badgeText(bell())).toBeUndefined();
    expect(readStates()).toEqual(['true', 'true', 'true']);
    expect((screen.getByTestId('mark-all-read') as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens the customer of a notification and marks that one read', async () => {
    const { user, bell } = renderBell([unreadMock, listMock, markMock(['n1'], 1), quietSocket]);
    await waitFor(() => expect(bell().dataset.unread).toBe('2'));
    await user.click(bell());
    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(3));

    await user.click(screen.getAllByTestId('notification-item')[0]);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/customers/c1'));
    await waitFor(() => expect(bell().dataset.unread).toBe('1'));
  });

  it('announces a live clash alert and counts it on the bell', async () => {
    const alert = { request: { query: CLASH_ALERTS_SUBSCRIPTION }, result: { data: { clashAlerts: clashAlert() } }, delay: 200 };
    const { bell } = renderBell([unreadMock, alert]);

    expect((await screen.findByTestId('snackbar')).textContent).toBe(
      'Emma Novak tried to add Acme Trading — matches your customer Acme Trading Co., Ltd. on name, phone',
    );
    await waitFor(() => expect(bell().dataset.unread).toBe('3'));
    expect(badgeText(bell())).toBe('3');
  });

  it('shows the count and latest time of a grouped alert', async () => {
    const latest = new Date(Date.now() - 5 * 60_000).toISOString();
    const grouped = {
      ...notification('g1', null, clashAlert({ id: 'clash-g1', attemptCount: 4, attemptedAt: latest })),
      createdAt: new Date(Date.now() - 9 * 60_000).toISOString(),
      latestAt: latest,
    };
    const list = { ...listMock, result: { data: { notifications: { ...connection(1), edges: [grouped] } } } };
    const { user, bell } = renderBell([unreadMock, list, quietSocket]);
    await user.click(bell());

    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(1));
    expect(screen.getByTestId('notification-item').textContent).toBe(
      'Emma Novak tried to add Acme Trading (4 attempts)Matches your customer Acme Trading Co., Ltd. on name, phone · 5 minutes ago',
    );
  });

  it('announces a repeated attempt with its count and takes the unread count from the server', async () => {
    // The repeat joined a notification that may already be unread: adding one would guess.
    const alert = { request: { query: CLASH_ALERTS_SUBSCRIPTION }, result: { data: { clashAlerts: clashAlert({ attemptCount: 3 }) } }, delay: 200 };
    const serverSays = { ...unreadMock, result: { data: { notifications: connection(5) } } };
    const { bell } = renderBell([unreadMock, serverSays, alert]);

    expect((await screen.findByTestId('snackbar')).textContent).toBe(
      'Emma Novak tried to add Acme Trading (3 attempts) — matches your customer Acme Trading Co., Ltd. on name, phone',
    );
    await waitFor(() => expect(bell().dataset.unread).toBe('5'));
  });

  it('refreshes an open list when an alert arrives', async () => {
    const alert = { request: { query: CLASH_ALERTS_SUBSCRIPTION }, result: { data: { clashAlerts: clashAlert() } }, delay: 500 };
    const first = { ...listMock, maxUsageCount: 1 };
    const after = structuredClone(listMock.result);
    after.data.notifications.unreadCount = 3;
    after.data.notifications.edges.unshift(notification('n0', null));
    const { user, bell } = renderBell([unreadMock, first, { ...listMock, result: after }, alert]);
    await waitFor(() => expect(bell().dataset.unread).toBe('2'));
    await user.click(bell());
    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(3));

    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(4));
    expect(bell().dataset.unread).toBe('3');
  });

  it('lists a protection reminder, counts it on the bell, and opens its customer', async () => {
    const reminders = {
      ...listMock,
      result: { data: { notifications: { ...connection(3), edges: [reminderNotification('r1', null), ...listMock.result.data.notifications.edges] } } },
    };
    const unread = { ...unreadMock, result: { data: { notifications: connection(3) } } };
    const { user, bell } = renderBell([unread, reminders, markMock(['r1'], 1), quietSocket]);
    await waitFor(() => expect(bell().dataset.unread).toBe('3'));
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');

    await user.click(bell());
    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(4));
    const item = screen.getAllByTestId('notification-item')[0];
    expect(item.dataset.kind).toBe('REMINDER');
    const date = createI18n('en').fmt.date('2026-11-25T09:00:00Z');
    expect(item.textContent).toBe(`Protection of Harbour Lights Trading Ltd ends ${date} — follow up to keep it2 hours ago`);
    expect(within(item).getByText('Harbour Lights Trading Ltd').tagName).toBe('B');

    await user.click(item);

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/customers/c7'));
    await waitFor(() => expect(bell().dataset.unread).toBe('2'));
  });

  it('speaks Chinese: the clash in its own word order, the reminder with a Chinese date', async () => {
    const reminders = {
      ...listMock,
      result: { data: { notifications: { ...connection(3), edges: [reminderNotification('r1', null), notification('n1', null)] } } },
    };
    const unread = { ...unreadMock, result: { data: { notifications: connection(3) } } };
    const { user, bell } = renderBell([unread, reminders, quietSocket], { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('通知，3 条未读'));

    await user.click(bell());
    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(2));
    const [reminder, clash] = screen.getAllByTestId('notification-item');
    expect(reminder.textContent).toBe('Harbour Lights Trading Ltd 的保护期将于 2026年11月25日 结束，请及时跟进以保留该客户2小时前');
    expect(clash.textContent).toBe('Emma Novak 试图录入 Acme Trading与你的客户 Acme Trading Co., Ltd. 在名称、电话上匹配 · 5分钟前');
    expect(screen.getByTestId('mark-all-read').textContent).toBe('全部标为已读');
  });
});
