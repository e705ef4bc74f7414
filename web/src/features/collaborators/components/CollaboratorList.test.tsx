import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { protectionPolicyMock } from '../../../test/customer-fixtures';
import { MANAGER, REP, renderWithProviders } from '../../../test/render';
import { CustomerPage } from '../../customers/pages/CustomerPage';
import { EMMA, addMock, colleaguesMock, collaboratorNode, fieldProblemResult, leaveMock, pageMock, removeMock, sharedCustomer } from '../collaborator-test-mocks';

function renderPage(customer: object, mocks: object[] = [], { user = REP, tab = 'collaborators', timeZone = 'UTC' } = {}) {
  renderWithProviders(<CustomerPage />, {
    route: `/customers/c1?tab=${tab}`,
    path: '/customers/:id',
    user,
    timeZone,
    mocks: [pageMock(customer), protectionPolicyMock(), ...mocks] as never,
    otherRoutes: { '/customers': <div data-testid="customers-list" /> },
  });
  return userEvent.setup();
}

async function choose(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByTestId('assign-reps'));
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
}

// MUI's Autocomplete and dialogs are slow to drive in jsdom on a busy machine.
describe('a customer’s collaborators', { timeout: 20_000 }, () => {
  it('lists each with access, end and who granted it', async () => {
    renderPage(sharedCustomer({ collaborators: [collaboratorNode(EMMA, { access: 'WRITE', expiresAt: '2026-12-31T23:59:59Z' })] }));
    const row = await screen.findByTestId('collaborator-row');
    expect(within(row).getByTestId('collaborator-name').textContent).toBe('Emma Novak');
    expect(within(row).getByTestId('collaborator-access').textContent).toBe('Read and write');
    expect(within(row).getByTestId('collaborator-until').textContent).toMatch(/^until Dec 31, 2026 · granted by Rita Rep, /);
  });

  it('shares read-write through the end of a chosen day in the team’s zone', async () => {
    const user = renderPage(
      sharedCustomer(),
      [colleaguesMock(), addMock({ customerId: 'c1', userId: 'u3', access: 'WRITE', expiresAt: '2027-01-15T15:59:59.000Z' }, [collaboratorNode(EMMA, { access: 'WRITE', expiresAt: '2027-01-15T15:59:59.000Z' })])],
      { timeZone: 'Asia/Shanghai' },
    );
    await user.click(await screen.findByTestId('add-collaborator-button'));
    await screen.findByTestId('add-collaborator-dialog');
    await choose(user, 'Emma Novak');
    // The owner herself is not offered.
    await user.click(screen.getByTestId('assign-reps'));
    expect(screen.queryByRole('option', { name: /^Rita Rep/ })).toBeNull();
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByTestId('collaborator-access-WRITE')).getByRole('radio'));
    await user.type(screen.getByTestId('collaborator-until'), '2027-01-15');
    await user.click(screen.getByTestId('add-collaborator-submit'));

    await waitFor(() => expect(screen.queryByTestId('add-collaborator-dialog')).toBeNull());
    const row = await screen.findByTestId('collaborator-row');
    expect(row.getAttribute('data-access')).toBe('WRITE');
    expect(within(row).getByTestId('collaborator-until').textContent).toContain('until Jan 15, 2027');
    expect((await screen.findByTestId('snackbar')).textContent).toContain('Shared with Emma Novak');
  });

  it('offers colleagues of every team, never the owner', async () => {
    const user = renderPage(sharedCustomer(), [colleaguesMock()]);
    await user.click(await screen.findByTestId('add-collaborator-button'));
    await screen.findByTestId('add-collaborator-dialog');
    await user.click(screen.getByTestId('assign-reps'));
    expect(await screen.findByRole('option', { name: /Sven South/ })).toBeTruthy();
    expect(screen.getByRole('option', { name: /Emma Novak/ })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /Rita Rep/ })).toBeNull();
  });

  it('words the server’s field problem under the field, in the viewer’s language', async () => {
    const user = renderPage(sharedCustomer(), [colleaguesMock(), addMock({ customerId: 'c1', userId: 'u3', access: 'READ' }, fieldProblemResult('userId', 'USER_DISABLED'))]);
    await user.click(await screen.findByTestId('add-collaborator-button'));
    await screen.findByTestId('add-collaborator-dialog');
    await user.click(screen.getByTestId('add-collaborator-submit'));
    expect((await screen.findByTestId('assign-reps-helper')).textContent).toBe('Choose a colleague');
    await choose(user, 'Emma Novak');
    await user.click(screen.getByTestId('add-collaborator-submit'));
    await waitFor(() => expect(screen.getByTestId('assign-reps-helper').textContent).toBe('Colleague is disabled'));
    expect(screen.getByTestId('add-collaborator-dialog')).toBeTruthy();
  });

  it('changes the access keeping the end date, and removes after asking', async () => {
    const emma = collaboratorNode(EMMA, { expiresAt: '2026-12-31T23:59:59Z' });
    const user = renderPage(sharedCustomer({ collaborators: [emma] }), [
      addMock({ customerId: 'c1', userId: 'u3', access: 'WRITE', expiresAt: '2026-12-31T23:59:59Z' }, [{ ...emma, access: 'WRITE' }]),
      removeMock('u3', []),
    ]);
    await user.click(await screen.findByTestId('collaborator-toggle-access'));
    await waitFor(() => expect(screen.getByTestId('collaborator-row').getAttribute('data-access')).toBe('WRITE'));
    await user.click(screen.getByTestId('collaborator-remove'));
    await user.click(await screen.findByTestId('confirm-remove-collaborator'));
    expect(await screen.findByTestId('collaborators-empty')).toBeTruthy();
  });

  it('lets a collaborator see the list and leave, without the owner’s actions', async () => {
    const me = collaboratorNode({ __typename: 'User', id: 'u1', name: 'Rita Rep' });
    const customer = sharedCustomer({ myAccess: 'READ', owner: { __typename: 'User', id: 'u7', name: 'Olga Owner' }, collaborators: [me] });
    const user = renderPage(customer, [leaveMock('u1')]);
    await screen.findByTestId('collaborator-row');
    expect(screen.queryByTestId('add-collaborator-button')).toBeNull();
    expect(screen.queryByTestId('collaborator-remove')).toBeNull();
    expect(screen.getByTestId('collaborator-name').textContent).toBe('Rita Rep (you)');
    await user.click(screen.getByTestId('collaborator-leave'));
    await user.click(await screen.findByTestId('confirm-remove-collaborator'));
    expect(await screen.findByTestId('customers-list')).toBeTruthy();
  });
});

describe('a read-only collaborator on the customer page', { timeout: 20_000 }, () => {
  const readOnly = sharedCustomer({ myAccess: 'READ', owner: { __typename: 'User', id: 'u7', name: 'Olga Owner' } });

  it('is told so and offered no edit of the record, its contacts or follow-ups', async () => {
    const user = renderPage(readOnly, [], { tab: 'details' });
    expect((await screen.findByTestId('access-notice')).getAttribute('data-access')).toBe('READ');
    expect(screen.getByTestId('customer-details')).toBeTruthy();
    expect(screen.queryByTestId('edit-customer-button')).toBeNull();
    await user.click(screen.getByTestId('customer-tab-contacts'));
    await screen.findByTestId('contact-list');
    expect(screen.queryByTestId('add-contact-button')).toBeNull();
    await user.click(screen.getByTestId('customer-tab-followups'));
    await screen.findByTestId('follow-up-timeline');
    expect(screen.queryByTestId('log-follow-up-button')).toBeNull();
  });

  it('offers a manager who only collaborates no moves', async () => {
    renderPage(readOnly, [], { tab: 'details', user: MANAGER });
    await screen.findByTestId('customer-details');
    expect(screen.queryByTestId('reassign-button')).toBeNull();
  });

  it('keeps the edits for a read-write collaborator', async () => {
    renderPage({ ...readOnly, myAccess: 'WRITE' }, [], { tab: 'details' });
    expect((await screen.findByTestId('access-notice')).getAttribute('data-access')).toBe('WRITE');
    expect(screen.getByTestId('edit-customer-button')).toBeTruthy();
  });
});
