import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lookupsMock } from '../../../test/customer-fixtures';
import { poolMock, poolNode, quotaMock } from '../../../test/pool-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CLAIM_CUSTOMERS_MUTATION } from '../hooks/useClaimCustomers';
import { PoolPage } from './PoolPage';
import { poolFilterValuesMock } from '../pool-test-mocks';

const acme = poolNode();
const globex = poolNode({ id: 'p2', companyName: 'Globex', entry: null });

function claimMock(ids: string[], results: object[]) {
  return {
    request: { query: CLAIM_CUSTOMERS_MUTATION, variables: { ids } },
    result: { data: { claimCustomers: results.map((r) => ({ __typename: 'ClaimResult', code: null, message: null, ...r })) } },
  };
}

describe('PoolPage', () => {
  it('shows the claim-limit meter and each pool customer with how it entered', async () => {
    renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, globex]), quotaMock(3)] });

    const meter = await screen.findByTestId('claim-quota');
    expect(meter.textContent).toContain('3 of 10 claims today · 45 of 200 held');
    expect(meter.getAttribute('data-claimed')).toBe('3');
    expect(meter.getAttribute('data-limit')).toBe('10');
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    expect(screen.getByTestId('pool-list').getAttribute('data-total')).toBe('2');
    const card = screen.getAllByTestId('pool-card')[0];
    expect(within(card).getByTestId('pool-time').textContent).toBe('3 days in the pool');
    expect(within(card).getByTestId('pool-reason').textContent).toBe('recycled: no valid follow-up for 30 days');
    expect(within(card).getByTestId('pool-previous-owner').textContent).toBe('Previously held by Emma Novak · North sales');
  });

  it('claims a customer: snackbar, the item leaves the list and the quota refreshes', async () => {
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      mocks: [
        lookupsMock(false), poolFilterValuesMock(),
        poolMock([acme, globex]),
        quotaMock(3),
        claimMock(['p1'], [{ customerId: 'p1', ok: true }]),
        poolMock([globex]),
        quotaMock(4, 46),
      ],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));

    await user.click(within(screen.getAllByTestId('pool-card')[0]).getByTestId('claim-button'));

    expect((await screen.findByTestId('snackbar')).textContent).toContain('Acme is now yours');
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(1));
    expect(screen.getByTestId('pool-card').getAttribute('data-customer-id')).toBe('p2');
    await waitFor(() => expect(screen.getByTestId('claim-quota').getAttribute('data-claimed')).toBe('4'));
  });

  it('shows each refusal on its own item when claiming a selection', async () => {
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      mocks: [
        lookupsMock(false), poolFilterValuesMock(),
        poolMock([acme, globex]),
        quotaMock(10),
        claimMock(
          ['p1', 'p2'],
          [
            { customerId: 'p1', ok: false, code: 'DAILY_LIMIT_REACHED', message: 'You have claimed 10 of 10 customers today.' },
            { customerId: 'p2', ok: false, code: 'PREVIOUS_OWNER_COOLDOWN' },
          ],
        ),
      ],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    for (const box of screen.getAllByTestId('pool-select')) await user.click(box);

    await user.click(screen.getByTestId('claim-selected'));

    const refusals = await screen.findAllByTestId('claim-refusal');
    expect(refusals.map((r) => r.getAttribute('data-code'))).toEqual(['DAILY_LIMIT_REACHED', 'PREVIOUS_OWNER_COOLDOWN']);
    expect(refusals[0].textContent).toBe('You have claimed 10 of 10 customers today.');
    expect(refusals[1].textContent).toBe('You held this customer recently; wait before claiming it again.');
    expect(screen.getAllByTestId('pool-card')).toHaveLength(2);
  });
});
