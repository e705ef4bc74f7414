import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode, lookupsMock, protectionPolicyMock } from '../../../test/customer-fixtures';
import { around, customersMock, expiringMock, page } from '../../../test/customer-list-mocks';
import { MANAGER, REP, renderWithProviders } from '../../../test/render';
import { evictCustomerLists } from '../hooks/customer-cache';
import { CustomersPage } from './CustomersPage';

const DAY = 86_400_000;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('CustomersPage', () => {
  it('is "My customers" for a rep and lists their customers from the server', async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      user: REP,
      mocks: [...around(), customersMock({}, page([customerNode()]))],
    });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My customers');
    const grid = screen.getByTestId('customers-grid');
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();
    expect(within(grid).queryByText('Owner')).toBeNull();
    expect(screen.getByTestId('new-customer-button')).toBeTruthy();
  });

  it('is "All customers" for an admin, saying it is the whole company', async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      user: { ...MANAGER, role: 'ADMIN' },
      mocks: [...around(true), customersMock({}, page([customerNode()]))],
    });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('All customers');
    expect(screen.getByText('Every owned customer in the company, whoever owns them.')).toBeTruthy();
    expect(await within(screen.getByTestId('customers-grid')).findByText('Acme Logistics')).toBeTruthy();
  });

  it('is "Team customers" for a manager, with the owner column', async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      user: MANAGER,
      mocks: [...around(true), customersMock({}, page([customerNode()]))],
    });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Team customers');
    const grid = screen.getByTestId('customers-grid');
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();
    expect(within(grid).getByText('Owner')).toBeTruthy();
    expect(within(grid).getByText('Rita Rep')).toBeTruthy();
  });

  it('asks the server again once typing in the search box pauses', async () => {
    const found = customerNode({ id: 'c2', companyName: 'Brightwater Foods' });
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [
        ...around(),
        customersMock({}, page([customerNode()])),
        customersMock({ text: 'bright' }, page([found])),
      ],
    });
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Acme Logistics');

    await userEvent.setup().type(screen.getByTestId('customer-search'), 'bright');

    expect(await within(grid).findByText('Brightwater Foods')).toBeTruthy();
    expect(within(grid).queryByText('Acme Logistics')).toBeNull();
  });

  it('pages forward with the cursor the previous page ended at', async () => {
    const first = Array.from({ length: 25 }, (_, i) => customerNode({ id: `c${i}`, companyName: `Company ${i}` }));
    const second = [customerNode({ id: 'c99', companyName: 'Last Company' })];
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [
        ...around(),
        customersMock({}, page(first, 26, 'cursor-25')),
        customersMock({}, page(second, 26), 'cursor-25'),
      ],
    });
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Company 0');

    await userEvent.setup().click(within(grid).getByRole('button', { name: /next page/i }));

    expect(await within(grid).findByText('Last Company')).toBeTruthy();
  });

  it('refetches the visible page when the customer lists are dropped (a customer was created)', async () => {
    const created = customerNode({ id: 'c7', companyName: 'Newly Created Ltd' });
    const before = { ...customersMock({}, page([customerNode()])), maxUsageCount: 1 };
    const after = { ...customersMock({}, page([created, customerNode()])), maxUsageCount: 1 };
    const { cache } = renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [...around(), lookupsMock(false), expiringMock([]), before, after],
    });
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Acme Logistics');

    act(() => evictCustomerLists(cache));

    expect(await within(grid).findByText('Newly Created Ltd')).toBeTruthy();
  });

  it('counts down each customer\'s protection, coloured by the served reminder lead', async () => {
    const nodes = [
      customerNode({ id: 'c1', companyName: 'Safe Harbour Ltd', protectedUntil: fromNow(20 * DAY) }),
      customerNode({ id: 'c2', companyName: 'Closing Soon Ltd', protectedUntil: fromNow(2.5 * DAY) }),
      customerNode({ id: 'c3', companyName: 'Pool Customer Ltd', owner: null, ownedSince: null, protectedUntil: null }),
    ];
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [lookupsMock(false), protectionPolicyMock(), expiringMock(nodes), customersMock({}, page(nodes))],
    });
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Closing Soon Ltd');

    const badges = within(grid).getAllByTestId('protection-badge');
    expect(badges.map((b) => [b.dataset.state, b.textContent])).toEqual([
      ['PROTECTED', '19 days left'],
      ['EXPIRING_SOON', '2 days left'],
    ]);
    // The panel asks once the served policy has placed the window, so it may come after the list.
    const panel = screen.getByTestId('expiring-soon');
    expect((await within(panel).findAllByTestId('expiring-soon-item')).map((item) => item.dataset.customerId)).toEqual(['c2']);
  });

  it('refreshes the expiring-soon panel when the customer lists are dropped (a live event)', async () => {
    const later = customerNode({ id: 'c2', companyName: 'Closing Soon Ltd', protectedUntil: fromNow(2.5 * DAY) });
    const { cache } = renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [
        lookupsMock(false),
        lookupsMock(false),
        protectionPolicyMock(),
        expiringMock([customerNode({ id: 'c2', companyName: 'Closing Soon Ltd', protectedUntil: fromNow(10 * DAY) })], 1),
        expiringMock([later], 1),
        customersMock({}, page([later])),
      ],
    });
    const panel = screen.getByTestId('expiring-soon');
    await within(panel).findByTestId('expiring-soon-empty');

    act(() => evictCustomerLists(cache));

    expect((await within(panel).findByTestId('expiring-soon-item')).dataset.customerId).toBe('c2');
    expect(panel.dataset.count).toBe('1');
  });

  it('lists what the server finds in the window, leaves out what the policy spares, and counts the rest', async () => {
    const due = [
      customerNode({ id: 'c1', companyName: 'Ended Yesterday Co', protectedUntil: fromNow(-DAY) }),
      customerNode({ id: 'c2', companyName: 'Locked Harbour Ltd', protectedUntil: fromNow(DAY), locked: true }),
      customerNode({ id: 'c3', companyName: 'Won Mooring Ltd', protectedUntil: fromNow(1.5 * DAY), status: 'WON' }),
      customerNode({ id: 'c4', companyName: 'Closing Soon Ltd', protectedUntil: fromNow(2.5 * DAY) }),
    ];
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [lookupsMock(false), protectionPolicyMock(), expiringMock(due, 5, 60), customersMock({}, page([]))],
    });
    const panel = screen.getByTestId('expiring-soon');
    await within(panel).findAllByTestId('expiring-soon-item');

    expect(within(panel).getAllByTestId('expiring-soon-item').map((item) => item.dataset.customerId)).toEqual(['c1', 'c4']);
    expect(within(panel).getByTestId('expiring-soon-more').textContent).toBe('56 more end soon: sort the list by Protection to see them all.');
    expect(panel.textContent).not.toContain('held longest');
  });

  it('sorts the list by protection end, soonest first, from the Protection column', async () => {
    const bySoonest = { ...customersMock({}, page([customerNode({ id: 'c9', companyName: 'Soonest End Ltd' })])) };
    bySoonest.request = { ...bySoonest.request, variables: { ...bySoonest.request.variables, sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' } } };
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      mocks: [...around(), customersMock({}, page([customerNode()])), bySoonest],
    });
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Acme Logistics');

    await userEvent.setup().click(within(grid).getByText('Protection'));

    expect(await within(grid).findByText('Soonest End Ltd')).toBeTruthy();
  });
});
