import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useNavigate } from 'react-router';
import { TIERS, customerNode, protectionPolicyMock } from '../../../test/customer-fixtures';
import { MANAGER, REP, renderWithProviders } from '../../../test/render';
import { CUSTOMERS_QUERY } from '../hooks/useCustomerList';
import { CUSTOMER_LOOKUPS_QUERY } from '../hooks/useCustomerLookups';
import { EXPIRING_SOON_QUERY } from '../hooks/useExpiringSoon';
import { CustomersPage } from './CustomersPage';

const BY_UPDATE = { field: 'UPDATED_AT', direction: 'DESC' };

/** Lookups with ids as the server writes them (numbers), so a URL's region names a real choice. */
function lookups(withOwners: boolean) {
  return {
    request: { query: CUSTOMER_LOOKUPS_QUERY, variables: { withOwners } },
    result: {
      data: {
        tiers: TIERS,
        regions: [{ __typename: 'Region', id: '3', name: 'Harbour district' }],
        industries: ['Logistics', 'Port logistics'],
        ...(withOwners ? { teamMembers: [{ __typename: 'User', id: '12', name: 'Rita Rep' }] } : {}),
      },
    },
    maxUsageCount: 10,
  };
}

const expiringNone = {
  request: { query: EXPIRING_SOON_QUERY, variables: () => true },
  result: { data: { customers: { __typename: 'CustomerConnection', totalCount: 0, edges: [] } } },
  maxUsageCount: 10,
};

/** Answers exactly these variables: a list showing its row proves the page asked for them. */
function customersMock(filter: object, nodes: ReturnType<typeof customerNode>[], { sort = BY_UPDATE, first = 25 } = {}) {
  return {
    request: { query: CUSTOMERS_QUERY, variables: { filter, sort, first, after: null } },
    result: {
      data: {
        customers: {
          __typename: 'CustomerConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          edges: nodes.map((node) => ({ __typename: 'CustomerEdge', cursor: `cur-${node.id}`, node })),
        },
      },
    },
    maxUsageCount: 10,
  };
}

/** Where the router is, and the browser's Back button. */
function Browser() {
  const { search } = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="search">{search}</output>
      <button type="button" data-testid="back" onClick={() => navigate(-1)} />
    </>
  );
}

function renderAt(route: string, mocks: object[], { user = MANAGER, locale = 'en' as 'en' | 'zh-CN' } = {}) {
  return renderWithProviders(
    <>
      <CustomersPage />
      <Browser />
    </>,
    { route, path: '/customers', user, locale, mocks: [lookups(user !== REP), protectionPolicyMock(), expiringNone, ...mocks] as never },
  );
}

const searchNow = () => screen.getByTestId('search').textContent;
const acme = customerNode();
const harbour = customerNode({ id: 'c2', companyName: 'Harbour Cranes Ltd' });

describe('CustomersPage keeps its filters in the URL', () => {
  it('opens a shared link with its filters, search, sort and page size applied', async () => {
    renderAt('/customers?status=NEGOTIATING&region=3&q=acme&sort=PROTECTED_UNTIL:ASC&size=50', [
      customersMock({ status: 'NEGOTIATING', regionId: '3', text: 'acme' }, [acme], { sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' }, first: 50 }),
    ]);

    const grid = screen.getByTestId('customers-grid');
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();
    expect((screen.getByTestId('customer-search') as HTMLInputElement).value).toBe('acme');
    expect(screen.getByRole('combobox', { name: 'Status' }).textContent).toBe('Negotiating');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Region' }).textContent).toBe('Harbour district'));
    expect(within(grid).getByRole('columnheader', { name: /Protection/ }).getAttribute('aria-sort')).toBe('ascending');
    // Opening the page is not a change: nothing is rewritten or added to the history.
    expect(searchNow()).toBe('?status=NEGOTIATING&region=3&q=acme&sort=PROTECTED_UNTIL:ASC&size=50');
  });

  it('writes a changed filter into the URL as a step Back undoes', async () => {
    renderAt('/customers?q=acme', [customersMock({ text: 'acme' }, [acme]), customersMock({ text: 'acme', tier: 'A' }, [harbour])]);
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Acme Logistics');
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'Tier' }));
    await user.click(await screen.findByRole('option', { name: 'A — key account' }));

    await waitFor(() => expect(searchNow()).toBe('?q=acme&tier=A'));
    expect(await within(grid).findByText('Harbour Cranes Ltd')).toBeTruthy();

    await user.click(screen.getByTestId('back'));

    await waitFor(() => expect(searchNow()).toBe('?q=acme'));
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Tier' }).textContent).not.toContain('A — key account');
  });

  it('adds one step for a typed search, not one per key, and Back empties the box again', async () => {
    renderAt('/customers', [customersMock({}, [acme]), customersMock({ text: 'harbour' }, [harbour])], { user: REP });
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Acme Logistics');
    const user = userEvent.setup();

    await user.type(screen.getByTestId('customer-search'), 'harbour');

    await waitFor(() => expect(searchNow()).toBe('?q=harbour'));
    expect(await within(grid).findByText('Harbour Cranes Ltd')).toBeTruthy();

    await user.click(screen.getByTestId('back'));

    await waitFor(() => expect(searchNow()).toBe(''));
    await waitFor(() => expect((screen.getByTestId('customer-search') as HTMLInputElement).value).toBe(''));
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();
  });

  it('writes the sort the grid is set to', async () => {
    renderAt('/customers', [
      customersMock({}, [acme]),
      customersMock({}, [harbour], { sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' } }),
    ]);
    const grid = screen.getByTestId('customers-grid');
    await within(grid).findByText('Acme Logistics');
    const user = userEvent.setup();

    await user.click(within(grid).getByText('Protection'));
    await waitFor(() => expect(searchNow()).toBe('?sort=PROTECTED_UNTIL:ASC'));
    expect(await within(grid).findByText('Harbour Cranes Ltd')).toBeTruthy();
  });

  it('ignores what it cannot read and opens the plain list', async () => {
    const junk = '?status=BOGUS&region=abc&owner=-1&sort=PASSWORD:UP&size=7&tier=%20&q=';
    renderAt(`/customers${junk}`, [customersMock({}, [acme])]);

    expect(await within(screen.getByTestId('customers-grid')).findByText('Acme Logistics')).toBeTruthy();
    expect(screen.queryByText('Clear')).toBeNull();
    expect(searchNow()).toBe(junk);
  });

  it('shows a linked status in Chinese', async () => {
    renderAt('/customers?status=NEGOTIATING', [customersMock({ status: 'NEGOTIATING' }, [acme])], { locale: 'zh-CN' });

    expect(await within(screen.getByTestId('customers-grid')).findByText('Acme Logistics')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '状态' }).textContent).toBe('谈判中');
  });
});
