import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode } from '../../../test/customer-fixtures';
import { MANAGER, REP, errorResult, renderWithProviders } from '../../../test/render';
import { CUSTOMER_PAGE_QUERY, CustomerPage } from '../../customers/pages/CustomerPage';
import { EMMA, LI_WEI, assignResult, repsMock } from '../../pool/pool-test-mocks';
import { reassignMock, releaseMock, releaseResult } from '../move-test-mocks';

const LI = { __typename: 'User', id: LI_WEI.id, name: LI_WEI.name };
const page = (over: Record<string, unknown>, maxUsageCount = 1) => ({
  request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } },
  result: { data: { customer: customerNode({ owner: LI, contacts: [], followUps: [], ownershipEvents: [], ...over }) } },
  maxUsageCount,
});

async function renderPage(mocks: object[], user = MANAGER) {
  renderWithProviders(<CustomerPage />, { route: '/customers/c1', path: '/customers/:id', user, mocks: [repsMock(), ...mocks] as never });
  expect((await screen.findByTestId('customer-owner')).textContent).toBe('Li Wei');
  return userEvent.setup();
}

// MUI's Autocomplete and dialogs are slow to drive in jsdom on a busy machine.
describe("a manager's moves on a customer's page", { timeout: 20_000 }, () => {
  it('are not offered to a rep', async () => {
    await renderPage([page({})], REP);
    expect(screen.queryByTestId('reassign-button')).toBeNull();
    expect(screen.queryByTestId('release-button')).toBeNull();
  });

  it('reassigns the customer to one rep (never its owner), shows the result, and the page shows the new owner', async () => {
    const user = await renderPage([
      page({}),
      reassignMock({ customerIds: ['c1'], toUserIds: [EMMA.id] }, { data: { reassignCustomers: [assignResult('c1', EMMA, null, null, 'Acme Logistics')] } }),
      page({ owner: { __typename: 'User', id: EMMA.id, name: EMMA.name } }, 5),
    ]);
    await user.click(screen.getByTestId('reassign-button'));
    const dialog = await screen.findByTestId('reassign-dialog');
    expect(within(dialog).getByTestId('reassign-target').textContent).toBe('Acme Logistics');

    await user.click(screen.getByTestId('assign-reps'));
    await screen.findByRole('option', { name: /^Emma Novak/ });
    expect(screen.queryByRole('option', { name: /^Li Wei/ })).toBeNull();
    await user.click(screen.getByRole('option', { name: /^Emma Novak/ }));
    await user.click(screen.getByTestId('reassign-submit'));

    const result = await screen.findByTestId('assign-result');
    expect(result.textContent).toBe('Acme LogisticsNow with Emma Novak');
    expect(screen.getByTestId('assign-summary').textContent).toBe('1 of 1 reassigned');
    await user.click(screen.getByTestId('reassign-done'));
    await waitFor(() => expect(screen.getByTestId('customer-owner').textContent).toBe('Emma Novak'));
  });

  it('releases the customer with the required note, and the page shows it in the pool without reading it again', async () => {
    const note = 'Li Wei left; the account waits for the South team';
    const user = await renderPage([
      page({}),
      // No page read after: a manager may not open a pool customer's page, so the one on screen is patched.
      releaseMock({ customerIds: ['c1'], note }, { data: { releaseCustomers: [releaseResult('c1', LI, null, 'Acme Logistics')] } }),
    ]);
    await user.click(screen.getByTestId('release-button'));
    await screen.findByTestId('release-dialog');
    await user.click(screen.getByTestId('release-submit'));
    expect(screen.getByTestId('release-note-helper').textContent).toBe('Why they go to the pool is required');

    await user.click(screen.getByTestId('release-note'));
    await user.paste(`  ${note} `);
    await user.click(screen.getByTestId('release-submit'));

    const result = await screen.findByTestId('release-result');
    expect(result.textContent).toBe('Acme LogisticsReleased from Li Wei');
    expect(screen.getByTestId('release-summary').textContent).toBe('1 of 1 released to the pool');
    await user.click(screen.getByTestId('release-done'));
    await waitFor(() => expect(screen.getByTestId('customer-owner').textContent).toBe('In the public pool'));
    expect(screen.queryByTestId('release-button')).toBeNull();
  });

  it("shows the server's problem with the note under it, in Chinese", async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1',
      path: '/customers/:id',
      user: MANAGER,
      locale: 'zh-CN',
      mocks: [repsMock(), page({}), releaseMock({ customerIds: ['c1'], note: 'x' }, errorResult('BAD_USER_INPUT', [{ field: 'note', message: 'is required', rule: 'REQUIRED' } as never]))] as never,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('release-button'));
    expect((await screen.findByRole('dialog')).textContent).toContain('释放到公海');
    await user.type(screen.getByTestId('release-note'), 'x');
    await user.click(screen.getByTestId('release-submit'));
    await waitFor(() => expect(screen.getByTestId('release-note-helper').textContent).toBe('释放原因为必填项'));
  });
});
