import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { EMMA, LI_WEI, repsMock } from '../../pool/pool-test-mocks';
import { TeamPage } from '../../team/pages/TeamPage';
import { MANAGER, errorResult, renderWithProviders } from '../../../test/render';
import { departmentsMock, quiet, repLoad, teamLoadMock } from '../../../test/team-fixtures';
import { previewMock, progress, progressEvent, requestMock, startMock, transferRequest } from '../transfer-test-mocks';
import { StartTransferDialog } from './StartTransferDialog';

const LI = { id: LI_WEI.id, name: LI_WEI.name };

function renderDialog(mocks: object[]) {
  renderWithProviders(<StartTransferDialog rep={LI} onClose={() => {}} />, { route: '/team', user: MANAGER, mocks: [repsMock(), ...mocks] as never });
  return userEvent.setup();
}

async function chooseRep(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByTestId('assign-reps'));
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
}

// MUI's menus, Autocomplete and dialogs are slow to drive in jsdom on a busy machine.
describe("a manager starts a rep's departure", { timeout: 20_000 }, () => {
  it('is offered per rep on the Team page, never with the leaver among the receivers', async () => {
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      mocks: [departmentsMock(), teamLoadMock(null, [repLoad(LI_WEI.id, LI_WEI.name, { holdings: 12 })]), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION), repsMock()] as never,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Move Li Wei’s customers' }));
    await user.click(await screen.findByTestId('rep-start-departure'));
    const dialog = await screen.findByTestId('transfer-dialog');
    expect(within(dialog).getByTestId('transfer-target').textContent).toBe('Every customer Li Wei holds moves, with its contacts and follow-ups.');
    await user.click(screen.getByTestId('assign-reps'));
    await screen.findByRole('option', { name: /^Emma Novak/ });
    expect(screen.queryByRole('option', { name: /^Li Wei/ })).toBeNull();
  });

  it('previews what moves and to whom, warns where a rep lacks room, and waits for approval once sent', async () => {
    const input = { fromUserId: 'u2', receiverMode: 'SPREAD' as const, toUserIds: [EMMA.id] };
    const user = renderDialog([
      previewMock(input, { needsApproval: true, customers: 40, perReceiver: [{ user: EMMA, customers: 40, room: 30 }] }),
      startMock({ ...input, note: 'Leaves on Friday' }, { data: { startTransfer: transferRequest('t1', 'PENDING', { counts: { __typename: 'TransferCounts', customers: 40, contacts: 3, followUps: 7, openReminders: 1 } }) } }),
    ]);
    expect(screen.getByTestId('transfer-preview').textContent).toContain('Choose who gets the customers to see what would move.');
    await chooseRep(user, 'Emma Novak');

    const approval = await screen.findByTestId('transfer-preview-approval');
    expect(approval.textContent).toBe('Needs approval by an admin or the manager above you before anything moves.');
    expect(screen.getByTestId('transfer-count-customers').textContent).toBe('40 customers');
    expect(screen.getByTestId('transfer-count-followUps').textContent).toBe('7 follow-ups');
    expect(screen.getAllByTestId('transfer-receiver').map((r) => r.textContent)).toEqual(['Emma Novak40 customers']);
    expect(screen.getByTestId('transfer-room-warning').textContent).toBe('Emma Novak has room for 30 more customers: 10 stay with Li Wei.');

    await user.click(screen.getByTestId('transfer-note'));
    await user.paste('Leaves on Friday');
    await user.click(screen.getByTestId('transfer-submit'));

    const created = await screen.findByTestId('transfer-created');
    expect(created.dataset.status).toBe('PENDING');
    expect(created.textContent).toContain('Waiting for approval: an admin or the manager above you decides.');
    expect(within(created).getByTestId('transfer-open').getAttribute('href')).toBe('/transfers?id=t1');
    expect(within(created).queryByTestId('transfer-progress')).toBeNull();
  });

  it('sends them to the pool without receivers and shows the progress live when no approval is needed', async () => {
    const input = { fromUserId: 'u2', receiverMode: 'POOL' as const, toUserIds: [] };
    const user = renderDialog([
      previewMock(input, { needsApproval: false, customers: 2, perReceiver: [{ user: null, customers: 2, room: null }] }),
      startMock({ ...input, note: 'Closing the region', keepReadDays: 14 }, { data: { startTransfer: transferRequest('t2', 'QUEUED', { receiverMode: 'POOL', receivers: [], progress: progress('t2', 'QUEUED', 2) }) } }),
      progressEvent(progress('t2', 'DONE', 2, 2, 1, 1), 300),
      requestMock(transferRequest('t2', 'RUNNING', { receiverMode: 'POOL', receivers: [], progress: progress('t2', 'RUNNING', 2, 1) })),
    ]);
    await user.click(within(screen.getByTestId('transfer-mode-POOL')).getByRole('radio'));
    expect(screen.queryByTestId('assign-reps')).toBeNull();
    expect((await screen.findByTestId('transfer-preview-approval')).textContent).toBe('Needs no approval: it starts as soon as you submit.');
    expect(screen.getAllByTestId('transfer-receiver').map((r) => r.textContent)).toEqual(['Public pool2 customers']);

    await user.type(screen.getByTestId('transfer-keep-read-days'), '14');
    await user.click(screen.getByTestId('transfer-note'));
    await user.paste('Closing the region');
    await user.click(screen.getByTestId('transfer-submit'));

    expect((await screen.findByTestId('transfer-created')).textContent).toContain('Started: the customers are moving.');
    await waitFor(() => expect(screen.getByTestId('transfer-progress').dataset.status).toBe('DONE'));
    expect(screen.getByTestId('transfer-progress-line').textContent).toBe('2 of 2 done · 1 moved · 1 stayed');
  });

  it('asks for receivers, a note and days in range before sending anything, and shows the server’s refusal', async () => {
    const input = { fromUserId: 'u2', receiverMode: 'ONE' as const, toUserIds: [EMMA.id] };
    const user = renderDialog([
      previewMock(input, { needsApproval: true, customers: 5, perReceiver: [{ user: EMMA, customers: 5, room: 100 }] }),
      startMock({ ...input, note: 'Moves to the South team' }, errorResult('TRANSFER_UNDER_WAY')),
    ]);
    await user.click(within(screen.getByTestId('transfer-mode-ONE')).getByRole('radio'));
    await user.type(screen.getByTestId('transfer-keep-read-days'), '120');
    await user.click(screen.getByTestId('transfer-submit'));

    expect(screen.getByTestId('assign-reps-helper').textContent).toBe('Choose who gets the customers');
    expect(screen.getByTestId('transfer-note-helper').textContent).toBe('Note is required');
    expect(screen.getByText('Read-only days must be between 1 and 90')).toBeTruthy();
    expect(screen.queryByTestId('transfer-created')).toBeNull();

    await chooseRep(user, 'Emma Novak');
    await screen.findByTestId('transfer-preview-approval');
    await user.clear(screen.getByTestId('transfer-keep-read-days'));
    await user.click(screen.getByTestId('transfer-note'));
    await user.paste('Moves to the South team');
    await user.click(screen.getByTestId('transfer-submit'));

    expect((await screen.findByTestId('snackbar')).textContent).toContain("A transfer of this rep's customers is already waiting or running.");
    expect(screen.queryByTestId('transfer-created')).toBeNull();
  });
});
