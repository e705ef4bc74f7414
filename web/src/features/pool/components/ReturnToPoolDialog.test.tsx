import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode } from '../../../test/customer-fixtures';
import { errorResult, renderWithProviders } from '../../../test/render';
import { CUSTOMER_PAGE_QUERY, CustomerPage } from '../../customers/pages/CustomerPage';
import { RETURN_CUSTOMER_MUTATION } from '../hooks/useReturnCustomer';
import { RETURN_REASONS_QUERY } from '../hooks/useReturnReasons';

const customer = customerNode({ contacts: [], followUps: [], ownershipEvents: [] });
const pageMock = { request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } }, result: { data: { customer } }, maxUsageCount: 3 };
const reasonsMock = {
  request: { query: RETURN_REASONS_QUERY },
  result: {
    data: {
      returnReasons: [
        { __typename: 'ReturnReason', code: 'NO_NEED', label: 'No need for our product', noteRequired: false },
        { __typename: 'ReturnReason', code: 'OTHER', label: 'Other', noteRequired: true },
      ],
    },
  },
};

function returnMock(reasonCode: string, note: string | null, result: object) {
  return { request: { query: RETURN_CUSTOMER_MUTATION, variables: { customerId: 'c1', reasonCode, note } }, result };
}

async function openDialog(mocks: object[]) {
  renderWithProviders(<CustomerPage />, {
    route: '/customers/c1',
    path: '/customers/:id',
    mocks: [pageMock, reasonsMock, ...mocks] as never,
    otherRoutes: { '/customers': <div>customer list</div> },
  });
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('return-to-pool-button'));
  const dialog = await screen.findByTestId('return-dialog');
  await within(dialog).findByTestId('return-reason-OTHER');
  return { user, dialog };
}

describe('ReturnToPoolDialog', { timeout: 20_000 }, () => {
  it('requires a note for a reason that asks for one, then returns and goes to the list', async () => {
    const { user, dialog } = await openDialog([returnMock('OTHER', 'Moved abroad', { data: { returnCustomer: 'c1' } })]);

    await user.click(within(dialog).getByLabelText('Other (note required)'));
    await user.click(screen.getByTestId('return-submit'));
    expect(within(dialog).getByText('A note is required for “Other”')).toBeTruthy();

    await user.type(screen.getByTestId('return-note'), 'Moved abroad');
    await user.click(screen.getByTestId('return-submit'));

    expect(await screen.findByText('customer list')).toBeTruthy();
    expect((await screen.findByTestId('snackbar')).textContent).toContain('Acme Logistics is back in the public pool');
  });

  it("shows the server's field problems under the inputs", async () => {
    const { user, dialog } = await openDialog([
      returnMock('NO_NEED', null, errorResult('BAD_USER_INPUT', [{ field: 'reasonCode', message: 'is not a return reason any more' }])),
    ]);

    await user.click(within(dialog).getByLabelText('No need for our product'));
    await user.click(screen.getByTestId('return-submit'));

    expect((await screen.findByTestId('return-reason-error')).textContent).toBe('Reason is not a return reason any more');
  });
});
