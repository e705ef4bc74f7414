import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode, lookupsMock, protectionPolicyMock } from '../../../test/customer-fixtures';
import { MANAGER, REP, renderWithProviders } from '../../../test/render';
import { departmentsMock } from '../../../test/team-fixtures';
import { CUSTOMERS_QUERY } from '../hooks/useCustomerList';
import { EXPIRING_SOON_QUERY } from '../hooks/useExpiringSoon';
import { CustomersPage } from './CustomersPage';

const SORT = { field: 'UPDATED_AT', direction: 'DESC' };

function customersMock(filter: object, nodes: ReturnType<typeof customerNode>[]) {
  return {
    request: { query: CUSTOMERS_QUERY, variables: { filter, sort: SORT, first: 25, after: null } },
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
    maxUsageCount: 5,
  };
}

const expiringNone = {
  request: { query: EXPIRING_SOON_QUERY, variables: () => true },
  result: { data: { customers: { __typename: 'CustomerConnection', totalCount: 0, edges: [] } } },
  maxUsageCount: 5,
};

describe('CustomersPage opened from a Team-page number', () => {
  it('lists exactly the customers behind it, names it in a chip, and shows everything again once the chip is removed', async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers?figure=HOLDINGS&rep=u1',
      path: '/customers',
      user: MANAGER,
      mocks: [
        lookupsMock(true),
        protectionPolicyMock(),
        expiringNone,
        customersMock({ teamFigure: { figure: 'HOLDINGS', repId: 'u1' } }, [customerNode()]),
        customersMock({}, [customerNode(), customerNode({ id: 'c2', companyName: 'Globex' })]),
      ],
    });

    const chip = await screen.findByTestId('team-figure-chip');
    // u1 is Rita Rep among the manager's team members.
    await waitFor(() => expect(chip.textContent).toBe('Holdings · Rita Rep'));
    const grid = screen.getByTestId('customers-grid');
    await waitFor(() => expect(grid.dataset.total).toBe('1'));
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();

    await userEvent.setup().click(within(chip).getByTestId('CancelIcon'));

    await waitFor(() => expect(screen.getByTestId('customers-grid').dataset.total).toBe('2'));
    expect(screen.queryByTestId('team-figure-chip')).toBeNull();
  });

  it('names a department’s total by the department', async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers?figure=RECYCLES_IN_7_DAYS&department=d2',
      path: '/customers',
      user: MANAGER,
      mocks: [
        lookupsMock(true),
        protectionPolicyMock(),
        expiringNone,
        departmentsMock(),
        customersMock({ teamFigure: { figure: 'RECYCLES_IN_7_DAYS', departmentId: 'd2' } }, []),
      ],
    });

    const chip = await screen.findByTestId('team-figure-chip');
    await waitFor(() => expect(chip.textContent).toBe('Recycles ≤ 7 days · North sales'));
    await waitFor(() => expect(screen.getByTestId('customers-grid').dataset.total).toBe('0'));
  });

  it('names a rep’s own number by the rep', async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers?figure=CLAIMED_TODAY&rep=u1',
      path: '/customers',
      user: REP,
      mocks: [lookupsMock(false), protectionPolicyMock(), expiringNone, customersMock({ teamFigure: { figure: 'CLAIMED_TODAY', repId: 'u1' } }, [customerNode()])],
    });
    expect((await screen.findByTestId('team-figure-chip')).textContent).toBe('Claims today · Rita Rep');
  });
});
