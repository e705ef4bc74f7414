import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MANAGER, renderWithProviders } from '../../../test/render';
import type { Viewer } from '../../auth/me-query';
import { TransferDetailPanel } from '../components/TransferDetailPanel';
import { MOVING_POLL_MS } from '../hooks/useTransferRequest';
import { ADA, decideMock, failedItem, progress, progressEvent, quietProgress, requestMock, requestsMock, transferRequest } from '../transfer-test-mocks';
import { TransfersPage } from './TransfersPage';

const ADMIN: Viewer = { ...MANAGER, id: 'u0', name: 'Ada Admin', role: 'ADMIN' };

const waiting = transferRequest('t3', 'PENDING', { canDecide: true, requestedAt: '2026-12-03T09:00:00.000Z' });
const moving = transferRequest('t2', 'RUNNING', {
  requestedAt: '2026-12-02T09:00:00.000Z', receiverMode: 'POOL', receivers: [], departure: false, progress: progress('t2', 'RUNNING', 12, 4),
});
const done = transferRequest('t1', 'DONE', { requestedAt: '2026-12-01T09:00:00.000Z', progress: progress('t1', 'DONE', 12, 12) });

const rows = () => screen.getAllByTestId('transfer-row');

// MUI's drawers and switches are slow to drive in jsdom on a busy machine.
describe('the Transfers page', { timeout: 20_000 }, () => {
  it('lists requests newest first with status, from → to and counts, filters those waiting for me, and opens one in a drawer', async () => {
    renderWithProviders(<TransfersPage />, {
      route: '/transfers',
      user: ADMIN,
      mocks: [requestsMock([done, waiting, moving]), quietProgress('t3'), quietProgress('t2'), quietProgress('t3'), requestMock(waiting)] as never,
    });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows().map((r) => r.dataset.requestId)).toEqual(['t3', 't2', 't1']);
    expect(rows().map((r) => within(r).getByTestId('transfer-status').textContent)).toEqual(['Waiting for approval', 'Moving', 'Done']);
    expect(within(rows()[0]).getByTestId('transfer-row-title').textContent).toBe('Li Wei → Emma Novak');
    expect(within(rows()[1]).getByTestId('transfer-row-title').textContent).toBe('Li Wei → Public pool');
    expect(rows()[0].textContent).toContain('12 customers · 3 contacts · 7 follow-ups · 1 open reminder');
    expect(rows()[0].textContent).toContain('Requested by Mia Manager');

    const user = userEvent.setup();
    await user.click(screen.getByTestId('transfers-waiting-for-me'));
    await waitFor(() => expect(rows().map((r) => r.dataset.requestId)).toEqual(['t3']));

    await user.click(rows()[0]);
    const detail = await screen.findByTestId('transfer-detail');
    await waitFor(() => expect(detail.dataset.status).toBe('PENDING'));
    expect(within(detail).getByTestId('transfer-note-text').textContent).toBe('Leaves on Friday');
    expect(within(detail).getByTestId('transfer-count-openReminders').textContent).toBe('1 open reminder');
    expect(within(detail).getAllByTestId('transfer-receiver').map((r) => r.textContent)).toEqual(['Emma Novak12 customers']);
    expect(within(detail).getByTestId('transfer-decision')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/transfers');

    await user.click(within(detail).getByTestId('transfer-detail-close'));
    await waitFor(() => expect(screen.queryByTestId('transfer-detail')).toBeNull());
  });

  it('reads the list again when a request it follows moves, and shows where it stands', async () => {
    renderWithProviders(<TransfersPage />, {
      route: '/transfers',
      user: MANAGER,
      mocks: [
        requestsMock([moving, done]),
        progressEvent(progress('t2', 'DONE', 12, 12)),
        requestsMock([{ ...moving, status: 'DONE', progress: progress('t2', 'DONE', 12, 12) }, done]),
      ] as never,
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    await waitFor(() => expect(rows()[0].dataset.status).toBe('DONE'));
    expect(within(rows()[0]).getByTestId('transfer-status').textContent).toBe('Done');
  });

  it('says when nothing waits for the viewer', async () => {
    renderWithProviders(<TransfersPage />, { route: '/transfers?waiting=1', user: MANAGER, mocks: [requestsMock([done])] as never });
    expect((await screen.findByTestId('transfers-empty')).textContent).toBe('Nothing is waiting for your approval.');
  });
});

describe("a transfer request's detail", { timeout: 20_000 }, () => {
  it('tells whoever may not decide who will, without a decision form', async () => {
    renderWithProviders(<TransferDetailPanel id="t3" onClose={() => {}} />, {
      user: MANAGER,
      mocks: [requestMock({ ...waiting, canDecide: false }), quietProgress('t3')] as never,
    });
    expect((await screen.findByTestId('transfer-waiting')).textContent).toBe(
      'Waiting for an admin or a manager above Mia Manager to approve or reject it. Nothing moves until then.',
    );
    expect(screen.queryByTestId('transfer-decision')).toBeNull();
    expect(screen.queryByTestId('transfer-progress')).toBeNull();
  });

  it('lets an approver approve with a comment: it starts, the decision is shown and the form goes', async () => {
    const approved = transferRequest('t3', 'QUEUED', {
      canDecide: false, decidedBy: ADA, decidedAt: '2026-12-03T10:00:00.000Z', decisionComment: 'Fine by me', startedAt: '2026-12-03T10:00:00.000Z', progress: progress('t3', 'QUEUED', 12),
    });
    renderWithProviders(<TransferDetailPanel id="t3" onClose={() => {}} />, {
      user: ADMIN,
      mocks: [requestMock(waiting), quietProgress('t3'), decideMock('t3', true, 'Fine by me', { data: { decideTransfer: approved } })] as never,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('transfer-decision-comment'));
    await user.paste('Fine by me');
    await user.click(screen.getByTestId('transfer-approve'));

    await waitFor(() => expect(screen.getByTestId('transfer-detail').dataset.status).toBe('QUEUED'));
    expect(screen.queryByTestId('transfer-decision')).toBeNull();
    expect(screen.getByTestId('transfer-decided').textContent).toMatch(/^Approved by Ada Admin · .+ “Fine by me”$/);
    expect(screen.getByTestId('transfer-progress-line').textContent).toBe('0 of 12 done · 0 moved · 0 stayed');
    expect((await screen.findByTestId('snackbar')).textContent).toBe('Approved: the customers start moving.');
  });

  it('moves the bar live and lists the customers that stayed, each with why', async () => {
    const running = transferRequest('t2', 'RUNNING', { progress: progress('t2', 'RUNNING', 12, 4) });
    const finished = { ...running, status: 'DONE', finishedAt: '2026-12-02T10:00:00.000Z', progress: progress('t2', 'DONE', 12, 12, 10, 2) };
    renderWithProviders(<TransferDetailPanel id="t2" onClose={() => {}} />, {
      user: MANAGER,
      mocks: [
        requestMock(running),
        progressEvent(progress('t2', 'DONE', 12, 12, 10, 2)),
        requestMock(finished as never, [failedItem('c7', 'Globex', 'HOLDING_CAP_REACHED'), failedItem('c9', null, 'OWNER_CHANGED')]),
      ] as never,
    });
    expect((await screen.findByTestId('transfer-progress-line')).textContent).toBe('4 of 12 done · 4 moved · 0 stayed');
    expect(screen.getByTestId('transfer-failed').textContent).toContain('Every customer has moved so far.');

    await waitFor(() => expect(screen.getByTestId('transfer-progress-line').textContent).toBe('12 of 12 done · 10 moved · 2 stayed'));
    await waitFor(() => expect(screen.getAllByTestId('transfer-failed-item')).toHaveLength(2));
    const items = screen.getAllByTestId('transfer-failed-item').map((i) => i.textContent);
    expect(items).toEqual(['GlobexThe receiver reached the holding cap', 'A customer you may not seeChanged hands after the request']);
    expect(screen.getByTestId('transfer-failed').textContent).toContain('Stayed with Li Wei');
    expect(screen.getByTestId('transfer-detail').dataset.status).toBe('DONE');
  });

  it('reads a moving request again now and then, so it reaches DONE even when the live event is lost', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const running = transferRequest('t2', 'RUNNING', { progress: progress('t2', 'RUNNING', 12, 4) });
      const finished = { ...running, status: 'DONE', finishedAt: '2026-12-02T10:00:00.000Z', progress: progress('t2', 'DONE', 12, 12, 12, 0) };
      renderWithProviders(<TransferDetailPanel id="t2" onClose={() => {}} />, {
        user: MANAGER,
        mocks: [requestMock(running), quietProgress('t2'), requestMock(finished as never)] as never,
      });
      expect((await screen.findByTestId('transfer-progress-line')).textContent).toBe('4 of 12 done · 4 moved · 0 stayed');
      await vi.advanceTimersByTimeAsync(MOVING_POLL_MS);
      await waitFor(() => expect(screen.getByTestId('transfer-detail').dataset.status).toBe('DONE'));
      expect(screen.getByTestId('transfer-progress-line').textContent).toBe('12 of 12 done · 12 moved · 0 stayed');
    } finally {
      vi.useRealTimers();
    }
  });
});
