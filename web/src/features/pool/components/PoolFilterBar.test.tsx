import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lookupsMock } from '../../../test/customer-fixtures';
import { poolMock, poolNode, quotaMock } from '../../../test/pool-fixtures';
import { renderWithProviders } from '../../../test/render';
import { PoolPage } from '../pages/PoolPage';
import { poolFilterValuesMock, poolMockFor } from '../pool-test-mocks';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const WEEK_AGO = '2026-11-15T10:00:00.000Z';

describe('PoolFilterBar', { timeout: 20_000 }, () => {
  // Only Date is faked: the filter reads the clock when a choice is made; timers stay real.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('asks for customers in the pool over 7 days, then only the returned ones among them', async () => {
    const old = poolNode({ id: 'p7', companyName: 'Old Returned Co' });
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      mocks: [
        lookupsMock(false), poolFilterValuesMock(),
        quotaMock(0),
        poolMock([poolNode(), poolNode({ id: 'p2', companyName: 'Globex' })]),
        poolMockFor({ enteredBefore: WEEK_AGO }, [old, poolNode({ id: 'p8', companyName: 'Old Recycled Co' })]),
        poolMockFor({ enteredBefore: WEEK_AGO, entryKinds: ['RETURNED'] }, [old]),
      ],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));

    await user.click(screen.getByRole('combobox', { name: /Time in pool/ }));
    await user.click(await screen.findByRole('option', { name: 'In the pool over 7 days' }));
    await waitFor(() => expect(screen.getAllByTestId('pool-company').map((c) => c.textContent)).toEqual(['Old Returned Co', 'Old Recycled Co']));

    await user.click(screen.getByRole('combobox', { name: /How it entered/ }));
    await user.click(await screen.findByRole('option', { name: 'Returned' }));
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.getAllByTestId('pool-company').map((c) => c.textContent)).toEqual(['Old Returned Co']));
    expect(screen.getByTestId('pool-filters').getAttribute('data-active')).toBe('2');
    expect(screen.getByRole('combobox', { name: /How it entered/ }).textContent).toBe('Returned');
  });
});
