import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importNotification } from '../../../test/notification-fixtures';
import { renderWithProviders } from '../../../test/render';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { IMPORT_NOTICE_PROGRESS } from '../hooks/useImportNoticeProgress';
import { MARK_NOTIFICATIONS_READ_MUTATION } from '../hooks/useMarkNotificationsRead';
import { Bell, LiveShell, listMock, quietClashes, unreadMock } from './notifications-test-mocks';

const progressEvent = (id: string, doneRows: number) => ({
  request: { query: IMPORT_NOTICE_PROGRESS, variables: { id } },
  result: { data: { importProgress: { __typename: 'ImportProgress', id, status: 'IMPORTING', doneRows } } },
  delay: 20,
});

const writing = importNotification('i1', null);
const done = importNotification('i2', null, { status: 'DONE', doneRows: 1200, outcomeCounts: { __typename: 'ImportOutcomeCounts', CREATED: 1180, SKIPPED: 19, FAILED: 1 } as never });
const undone = importNotification('i3', '2026-12-07T08:00:00Z', { status: 'UNDONE', undoCounts: { __typename: 'ImportUndoCounts', removed: 1170, kept: 10 } as never });

function renderBell(mocks: object[], options: Parameters<typeof renderWithProviders>[1] = {}) {
  renderWithProviders(<Bell />, { route: '/dashboard', path: '*', mocks: mocks as never[], ...options });
  return { user: userEvent.setup(), bell: () => screen.getByTestId('notifications-button') };
}
const notices = () => screen.getAllByTestId('import-notice').map((n) => n.textContent);

describe('import notifications', () => {
  it("tell how an import of the viewer's goes, its rows counting up live while it is written, and open the import", async () => {
    const { user, bell } = renderBell([
      unreadMock(2),
      listMock(2, [writing, done, undone]),
      progressEvent('import-i1', 900),
      { request: { query: MARK_NOTIFICATIONS_READ_MUTATION, variables: { ids: ['i2'] } }, result: { data: { markNotificationsRead: 1 } } },
      quietClashes,
    ]);
    await user.click(bell());
    await waitFor(() => expect(notices()).toHaveLength(3));
    expect(notices().slice(1)).toEqual(['fair.xlsx imported: 1,180 new customers, 19 rows skipped, 1 failed', 'Import of fair.xlsx undone: 1,170 customers removed, 10 kept']);
    // The write moves on while the panel is open.
    await waitFor(() => expect(notices()[0]).toBe('Importing fair.xlsx: 900 of 1,200 rows'));

    await user.click(screen.getAllByTestId('notification-item')[1]);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/imports/import-i2'));
  });

  it('speak Chinese', async () => {
    const { user, bell } = renderBell([unreadMock(1), listMock(1, [done, undone]), quietClashes], { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    await user.click(bell());
    await waitFor(() => expect(notices()).toHaveLength(2));
    expect(notices()).toEqual(['fair.xlsx 导入完成：新建 1,180 个客户，跳过 19 行，失败 1 行', 'fair.xlsx 的导入已撤销：删除了 1,170 个客户，保留 10 个']);
  });

  it('arrive without a reload when an import of the viewer’s ends', async () => {
    const ended = {
      request: { query: MY_CUSTOMERS_CHANGED_SUBSCRIPTION },
      result: { data: { myCustomersChanged: { __typename: 'MyCustomersChanged', kind: 'IMPORT_CHANGED', customerIds: [], customer: null } } },
      delay: 20,
    };
    renderWithProviders(<LiveShell />, {
      route: '/dashboard',
      path: '*',
      mocks: [unreadMock(0), unreadMock(1), listMock(0, [], 1), listMock(1, [done]), quietClashes, ended] as never[],
    });
    const user = userEvent.setup();
    const bell = () => screen.getByTestId('notifications-button');
    await user.click(bell());
    await screen.findByTestId('notifications-panel');

    await user.click(screen.getByRole('button', { name: 'go live', hidden: true }));

    await waitFor(() => expect(notices()).toEqual(['fair.xlsx imported: 1,180 new customers, 19 rows skipped, 1 failed']));
    await waitFor(() => expect(bell().dataset.unread).toBe('1'));
  });
});
