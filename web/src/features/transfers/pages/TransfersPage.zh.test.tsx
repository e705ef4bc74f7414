import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { MANAGER, renderWithProviders } from '../../../test/render';
import { progress, quietProgress, requestsMock, transferRequest } from '../transfer-test-mocks';
import { TransfersPage } from './TransfersPage';

describe('the Transfers page in Chinese', { timeout: 20_000 }, () => {
  it('words statuses, departures, the pool and counts with the glossary', async () => {
    const toPool = transferRequest('t2', 'RUNNING', { receiverMode: 'POOL', receivers: [], progress: progress('t2', 'RUNNING', 12, 4) });
    renderWithProviders(<TransfersPage />, { route: '/transfers', user: MANAGER, locale: 'zh-CN', timeZone: 'Asia/Shanghai', mocks: [requestsMock([toPool]), quietProgress('t2')] as never });
    await waitFor(() => expect(screen.getAllByTestId('transfer-row')).toHaveLength(1));
    const row = screen.getAllByTestId('transfer-row')[0];
    expect(within(row).getByTestId('transfer-status').textContent).toBe('转移中');
    expect(within(row).getByTestId('transfer-row-title').textContent).toBe('Li Wei → 公海');
    expect(row.textContent).toContain('离职交接');
    expect(row.textContent).toContain('12 个客户 · 3 个联系人 · 7 条跟进 · 1 条未读提醒');
    expect(row.textContent).toContain('Mia Manager 发起 · 2026年12月1日 17:00');
    expect(screen.getByText('待我审批')).toBeTruthy();
  });
});
