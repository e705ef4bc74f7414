import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode } from '../../../test/customer-fixtures';
import { around, customersMock, page } from '../../../test/customer-list-mocks';
import { MANAGER, REP, errorResult, renderWithProviders } from '../../../test/render';
import { CustomersPage } from '../../customers/pages/CustomersPage';
import { EMMA, LI_WEI, assignResult, repsMock } from '../../pool/pool-test-mocks';
import { reassignMock, releaseMock, releaseResult } from '../move-test-mocks';

const RITA = { __typename: 'User', id: 'u1', name: 'Rita Rep' };
const acme = customerNode({ id: 'c1', companyName: 'Acme Logistics' });
const globex = customerNode({ id: 'c2', companyName: 'Globex Trading' });
const initech = customerNode({ id: 'c3', companyName: 'Initech' });
/** The list before (30 match, three on screen), and after a move. */
const before = { ...customersMock({}, page([acme, globex, initech], 30)), maxUsageCount: 1 };
const after = customersMock({}, page([initech], 28));

async function renderList(mocks: object[], user = MANAGER) {
  renderWithProviders(<CustomersPage />, { route: '/customers', user, mocks: [...around(true), repsMock(), before, ...mocks] as never });
  await within(screen.getByTestId('customers-grid')).findByText('Globex Trading');
  return userEvent.setup();
}

const rowBox = (name: string) => within(screen.getByText(name).closest('[role="row"]') as HTMLElement).getByRole('checkbox');

// The data grid, MUI's Autocomplete and dialogs are slow to drive in jsdom on a busy machine.
describe("a manager's bulk moves on the customer list", { timeout: 30_000 }, () => {
  it('are not offered to a rep', async () => {
    await renderList([], REP);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByTestId('bulk-move-bar')).toBeNull();
  });

  it('reassigns the ticked rows, shared round-robin, shows each result, and the list refreshes', async () => {
    const user = await renderList([
      reassignMock(
        { customerIds: ['c1', 'c2'], toUserIds: [LI_WEI.id, EMMA.id], strategy: 'ROUND_ROBIN' },
        { data: { reassignCustomers: [assignResult('c1', LI_WEI, null, null, 'Acme Logistics'), assignResult('c2', null, 'HOLDING_CAP_REACHED')] } },
      ),
      after,
    ]);
    await user.click(rowBox('Acme Logistics'));
    await user.click(rowBox('Globex Trading'));
    expect(screen.getByTestId('bulk-move-count').textContent).toBe('2 selected');

    await user.click(within(screen.getByTestId('bulk-move-bar')).getByTestId('reassign-button'));
    expect((await screen.findByTestId('reassign-target')).textContent).toBe('2 selected customers');
    for (const name of ['Li Wei', 'Emma Novak']) {
      await user.click(screen.getByTestId('assign-reps'));
      await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
    }
    await user.click(screen.getByTestId('reassign-submit'));

    const results = await screen.findAllByTestId('assign-result');
    // Refusals first; a customer the server names none for keeps the name the list showed.
    expect(results.map((r) => r.textContent)).toEqual([
      'Globex TradingNot reassigned: The rep already holds as many customers as they may.',
      'Acme LogisticsNow with Li Wei',
    ]);
    expect(screen.getByTestId('assign-summary').textContent).toBe('1 of 2 reassigned');
    await user.click(screen.getByTestId('reassign-done'));
    await waitFor(() => expect(screen.queryByText('Globex Trading')).toBeNull());
    expect(screen.queryByTestId('bulk-move-bar')).toBeNull();
  });

  it('releases all customers matching the filters, sending the filter and the note', async () => {
    const note = 'North closes; South takes over from the pool';
    const user = await renderList([
      releaseMock({ filter: {}, note }, { data: { releaseCustomers: [releaseResult('c1', RITA, null, 'Acme Logistics'), releaseResult('c9', null, 'IN_POOL', 'Umbrella')] } }),
      after,
    ]);
    await user.click(rowBox('Acme Logistics'));
    await user.click(screen.getByTestId('bulk-select-all-matching'));
    expect(screen.getByTestId('bulk-move-count').textContent).toBe('All 30 matching customers are selected');

    await user.click(within(screen.getByTestId('bulk-move-bar')).getByTestId('release-button'));
    expect((await screen.findByTestId('release-target')).textContent).toBe('All 30 customers matching the filtersAt most 500 at a time.');
    await user.click(screen.getByTestId('release-note'));
    await user.paste(note);
    await user.click(screen.getByTestId('release-submit'));

    const results = await screen.findAllByTestId('release-result');
    expect(results.map((r) => r.textContent)).toEqual(['UmbrellaNot released: Already in the pool.', 'Acme LogisticsReleased from Rita Rep']);
    expect(screen.getByTestId('release-summary').textContent).toBe('1 of 2 released to the pool');
  });

  it('says so when the filters match more customers than one move may take', async () => {
    const user = await renderList([
      releaseMock({ filter: {}, note: 'Too many' }, errorResult('BAD_USER_INPUT', [{ field: 'filter', message: 'matches more than 500 customers', rule: 'MATCHES_TOO_MANY', params: { max: 500 } } as never])),
    ]);
    await user.click(rowBox('Acme Logistics'));
    await user.click(screen.getByTestId('bulk-select-all-matching'));
    await user.click(within(screen.getByTestId('bulk-move-bar')).getByTestId('release-button'));
    await user.click(await screen.findByTestId('release-note'));
    await user.paste('Too many');
    await user.click(screen.getByTestId('release-submit'));

    expect((await screen.findByTestId('release-error')).textContent).toBe('More than 500 customers match; narrow the filter');
    expect(screen.getByTestId('release-dialog')).toBeTruthy();
  });
});
