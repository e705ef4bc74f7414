import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lookupsMock } from '../../../test/customer-fixtures';
import { poolMock, poolNode, quotaMock } from '../../../test/pool-fixtures';
import { MANAGER, REP, errorResult, renderWithProviders } from '../../../test/render';
import { PoolPage } from '../pages/PoolPage';
import { EMMA, LI_WEI, assignMock, assignResult, poolFilterValuesMock, repsMock } from '../pool-test-mocks';

const acme = poolNode();
const globex = poolNode({ id: 'p2', companyName: 'Globex', entry: null });

async function renderPool(mocks: object[], user = MANAGER) {
  renderWithProviders(<PoolPage />, {
    route: '/pool',
    user,
    mocks: [lookupsMock(false), poolFilterValuesMock(), quotaMock(0), poolMock([acme, globex]), repsMock(), ...mocks] as never,
  });
  await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
  return userEvent.setup();
}

async function chooseReps(user: ReturnType<typeof userEvent.setup>, names: string[]) {
  for (const name of names) {
    await user.click(screen.getByTestId('assign-reps'));
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
  }
}

// MUI's Autocomplete and dialogs are slow to drive in jsdom on a busy machine.
describe('bulk assign from the pool', { timeout: 20_000 }, () => {
  it('is not offered to reps', async () => {
    await renderPool([], REP);
    expect(screen.getByTestId('claim-selected')).toBeTruthy();
    expect(screen.queryByTestId('assign-selected')).toBeNull();
    expect(screen.queryByTestId('assign-matching')).toBeNull();
  });

  it('gives the selected customer to one rep, without a strategy, and the list refreshes', async () => {
    const user = await renderPool([
      assignMock({ customerIds: ['p1'], toUserIds: ['u2'] }, { data: { assignCustomers: [assignResult('p1', LI_WEI)] } }),
      poolMock([globex]),
      quotaMock(0),
    ]);
    await user.click(screen.getAllByTestId('pool-select')[0]);
    await user.click(screen.getByTestId('assign-selected'));
    const dialog = await screen.findByTestId('assign-dialog');
    expect(within(dialog).getByTestId('assign-target').textContent).toContain('1 selected customer');

    await user.click(screen.getByTestId('assign-reps'));
    expect(screen.queryByRole('option', { name: /Gone Rep/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: /^Li Wei/ }));
    expect(screen.queryByTestId('assign-strategy-ROUND_ROBIN')).toBeNull();
    await user.click(screen.getByTestId('assign-submit'));

    const result = await screen.findByTestId('assign-result');
    expect(result.getAttribute('data-ok')).toBe('true');
    expect(result.textContent).toBe('AcmeAssigned to Li Wei');
    expect(screen.getByTestId('assign-summary').textContent).toBe('1 of 1 assigned');
    expect((await screen.findByTestId('snackbar')).textContent).toContain('1 customer assigned');
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(1));
  });

  it('spreads a selection over two reps by the chosen strategy and shows each refusal in words', async () => {
    const user = await renderPool([
      assignMock(
        { customerIds: ['p1', 'p2'], toUserIds: ['u3', 'u2'], strategy: 'FEWEST_HELD_FIRST' },
        { data: { assignCustomers: [assignResult('p1', EMMA), assignResult('p2', null, 'HOLDING_CAP_REACHED')] } },
      ),
      poolMock([globex]),
      quotaMock(0),
    ]);
    for (const box of screen.getAllByTestId('pool-select')) await user.click(box);
    await user.click(screen.getByTestId('assign-selected'));
    await screen.findByTestId('assign-dialog');

    await chooseReps(user, ['Emma Novak', 'Li Wei']);
    expect((within(screen.getByTestId('assign-strategy-ROUND_ROBIN')).getByRole('radio') as HTMLInputElement).checked).toBe(true);
    await user.click(within(screen.getByTestId('assign-strategy-FEWEST_HELD_FIRST')).getByRole('radio'));
    await user.click(screen.getByTestId('assign-submit'));

    const results = await screen.findAllByTestId('assign-result');
    expect(results.map((r) => [r.getAttribute('data-customer-id'), r.getAttribute('data-code')])).toEqual([
      ['p2', 'HOLDING_CAP_REACHED'],
      ['p1', ''],
    ]);
    expect(results[0].textContent).toBe('GlobexNot assigned: The rep already holds as many customers as they may.');
    expect(results[1].textContent).toBe('AcmeAssigned to Emma Novak');
    expect(screen.getByTestId('assign-results').textContent).toContain('Emma Novak 1');
  });

  it("assigns everything matching the filters and shows the server's problem under the reps", async () => {
    const user = await renderPool([
      assignMock(
        { poolFilter: {}, toUserIds: ['u2'] },
        errorResult('BAD_USER_INPUT', [{ field: 'toUserIds', message: 'Li Wei is disabled and cannot hold customers' }]),
      ),
    ]);
    await user.click(screen.getByTestId('assign-matching'));
    expect((await screen.findByTestId('assign-target')).textContent).toContain('All 2 pool customers matching the filters');

    await user.click(screen.getByTestId('assign-submit'));
    expect(screen.getByTestId('assign-reps-helper').textContent).toBe('Choose at least one rep');

    await chooseReps(user, ['Li Wei']);
    await user.click(screen.getByTestId('assign-submit'));

    await waitFor(() => expect(screen.getByTestId('assign-reps-helper').textContent).toBe('Li Wei is disabled and cannot hold customers'));
    expect(screen.getByTestId('assign-dialog')).toBeTruthy();
  });
});
