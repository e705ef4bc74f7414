import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notification, ownershipNotification } from '../../../test/notification-fixtures';
import { renderWithProviders } from '../../../test/render';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { MARK_NOTIFICATIONS_READ_MUTATION } from '../hooks/useMarkNotificationsRead';
import { Bell, LiveShell, listMock, quietClashes, unreadMock } from './notifications-test-mocks';

const markMock = (ids: string[] | undefined, changed: number) => ({
  request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: ids ? { ids } : {} },
  result: { data: { markNotificationsRead: changed } },
});

const assigned = ownershipNotification('a1', null);
const movedAway = ownershipNotification('a2', null, 'REASSIGNED', {
  customerCount: 1,
  // No longer the viewer's: named, not opened.
  customer: { __typename: 'ClashCustomer', id: null, companyName: 'Acme Ltd' } as never,
  receiver: { __typename: 'ClashOwner', name: 'Carl' } as never,
});
const oneAssigned = ownershipNotification('a3', null, 'ASSIGNED', {
  customerCount: 1,
  customer: { __typename: 'ClashCustomer', id: 'c7', companyName: 'Harbour Lights' } as never,
});
const released = ownershipNotification('a4', null, 'RELEASED');
const oneReleased = ownershipNotification('a5', null, 'RELEASED', {
  customerCount: 1,
  customer: { __typename: 'ClashCustomer', id: null, companyName: 'Acme Ltd' } as never,
});
const readClash = notification('n1', '2026-11-20T08:00:00Z');

function renderBell(mocks: object[], options: Parameters<typeof renderWithProviders>[1] = {}) {
  renderWithProviders(<Bell />, { route: '/dashboard', path: '*', mocks: mocks as never[], ...options });
  return { user: userEvent.setup(), bell: () => screen.getByTestId('notifications-button') };
}
const items = () => screen.getAllByTestId('notification-item');

describe('assignment notifications', () => {
  it('lists what a manager moved beside the clashes, counts it unread, and marks it read with the rest', async () => {
    const { user, bell } = renderBell([unreadMock(2), listMock(2, [assigned, movedAway, readClash]), markMock(undefined, 2), quietClashes]);
    await waitFor(() => expect(bell().dataset.unread).toBe('2'));

    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(3));
    const [given, taken] = items();
    expect(given.dataset.kind).toBe('ASSIGNED');
    expect(given.dataset.read).toBe('false');
    expect(given.textContent).toBe('Mia Manager assigned you 3 customersEast sales · 10 minutes ago');
    expect(taken.dataset.kind).toBe('REASSIGNED');
    expect(taken.textContent).toBe('Mia Manager moved Acme Ltd to CarlEast sales · 10 minutes ago');

    await user.click(screen.getByTestId('mark-all-read'));

    await waitFor(() => expect(bell().dataset.unread).toBe('0'));
    expect(items().map((i) => i.dataset.read)).toEqual(['true', 'true', 'true']);
  });

  it('opens the one customer assigned, or the customer list for several; one moved away opens nothing', async () => {
    const { user, bell } = renderBell([
      unreadMock(3),
      listMock(3, [oneAssigned, assigned, movedAway], 1),
      // What the server says when the panel opens again.
      listMock(2, [{ ...oneAssigned, readAt: '2026-11-20T08:00:00Z' }, assigned, movedAway]),
      markMock(['a3'], 1),
      markMock(['a2'], 1),
      markMock(['a1'], 1),
      quietClashes,
    ]);
    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(items()[0].textContent).toContain('Mia Manager assigned you Harbour Lights');

    await user.click(items()[0]);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/customers/c7'));
    await waitFor(() => expect(bell().dataset.unread).toBe('2'));

    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(3));
    await user.click(items()[2]);
    await waitFor(() => expect(bell().dataset.unread).toBe('1'));
    expect(screen.getByTestId('location').textContent).toBe('/customers/c7');
    expect(screen.getByTestId('notifications-panel')).toBeTruthy();

    await user.click(items()[1]);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/customers'));
  });

  it('speaks Chinese', async () => {
    const { user, bell } = renderBell([unreadMock(2), listMock(2, [assigned, movedAway]), quietClashes], { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(2));

    expect(items().map((i) => i.textContent)).toEqual([
      'Mia Manager 给你分配了 3 个客户East sales · 10分钟前',
      'Mia Manager 将你的客户 Acme Ltd 转移给了 CarlEast sales · 10分钟前',
    ]);
  });

  it("words a manager's release in both languages, and opens the pool", async () => {
    const { user, bell } = renderBell([unreadMock(2), listMock(2, [released, oneReleased]), markMock(['a4'], 1), quietClashes]);
    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items().map((i) => [i.dataset.kind, i.textContent])).toEqual([
      ['RELEASED', 'Mia Manager released 3 of your customers to the poolEast sales · 10 minutes ago'],
      ['RELEASED', 'Mia Manager released Acme Ltd to the poolEast sales · 10 minutes ago'],
    ]);
    await user.click(items()[0]);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/pool'));
  });

  it('releases speak Chinese', async () => {
    const { user, bell } = renderBell([unreadMock(2), listMock(2, [released, oneReleased]), quietClashes], { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items().map((i) => i.textContent)).toEqual([
      'Mia Manager 将你的 3 个客户释放到了公海East sales · 10分钟前',
      'Mia Manager 将你的客户 Acme Ltd 释放到了公海East sales · 10分钟前',
    ]);
  });

  it('arrives without a reload when an assignment changes the viewer’s customers', async () => {
    const assignedEvent = {
      request: { query: MY_CUSTOMERS_CHANGED_SUBSCRIPTION },
      result: { data: { myCustomersChanged: { __typename: 'MyCustomersChanged', kind: 'ASSIGNED', customerIds: ['c1', 'c2', 'c3'], customer: null } } },
      delay: 20,
    };
    renderWithProviders(<LiveShell />, {
      route: '/dashboard',
      path: '*',
      mocks: [unreadMock(0), unreadMock(1), listMock(0, [readClash], 1), listMock(1, [assigned, readClash]), quietClashes, assignedEvent] as never[],
    });
    const user = userEvent.setup();
    const bell = () => screen.getByTestId('notifications-button');
    await user.click(bell());
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(bell().dataset.unread).toBe('0');

    await user.click(screen.getByRole('button', { name: 'go live', hidden: true }));

    await waitFor(() => expect(items()).toHaveLength(2));
    expect(within(items()[0]).getByText('Mia Manager assigned you 3 customers')).toBeTruthy();
    await waitFor(() => expect(bell().dataset.unread).toBe('1'));
  });
});
