import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode, lookupsMock } from '../../../test/customer-fixtures';
import { CLEAR, duplicatesMock } from '../../../test/duplicate-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CREATE_CUSTOMER_MUTATION } from '../hooks/useCreateCustomer';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { CustomerFilterBar } from './CustomerFilterBar';

// lookupsMock serves the one industry list (the `industries` query): Logistics, Manufacturing.
const LISTED = ['Logistics', 'Manufacturing'];

function industryInput(): HTMLInputElement {
  const el = screen.getByTestId('customer-form').querySelector<HTMLInputElement>('input[name="industry"]');
  if (!el) throw new Error('no industry input');
  return el;
}

async function openForm(mocks: object[] = [], locale: 'en' | 'zh-CN' = 'en') {
  renderWithProviders(<CreateCustomerDialog open onClose={() => {}} />, {
    route: '/customers',
    locale,
    mocks: [lookupsMock(false), duplicatesMock(CLEAR).mock, ...(mocks as never[])],
    otherRoutes: { '/customers/:id': <p>customer page</p> },
  });
  await screen.findByTestId('customer-form');
  await waitFor(() => expect((screen.getByTestId('customer-form').querySelector('input[name="tier"]') as HTMLInputElement).value).toBe('C'));
  return userEvent.setup();
}

describe('industries: one list for the form and the filter', () => {
  it('offers the list in the form and still saves an industry typed by hand', async () => {
    const created = customerNode({ id: 'c42', companyName: 'Brightwater', industry: 'Port logistics', tags: [], status: 'NEW' });
    const mutation = {
      request: {
        query: CREATE_CUSTOMER_MUTATION,
        variables: { input: { companyName: 'Brightwater', industry: 'Port logistics', tags: [], status: 'NEW', tier: 'C' } },
      },
      result: { data: { createCustomer: { __typename: 'CreateCustomerPayload', customer: created } } },
    };
    const user = await openForm([mutation]);

    await user.click(industryInput());
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(LISTED);

    await user.type(industryInput(), 'Port logistics');
    await user.type(screen.getByTestId('customer-form').querySelector<HTMLInputElement>('input[name="companyName"]')!, 'Brightwater');
    await user.click(screen.getByTestId('customer-form-submit'));

    expect(await screen.findByText('customer page')).toBeTruthy();
  });

  it('offers the same list in the filter bar', async () => {
    renderWithProviders(<CustomerFilterBar filter={{}} onChange={() => {}} showOwner={false} />, { mocks: [lookupsMock(false)] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('combobox', { name: 'Industry' }));

    await waitFor(async () => expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Any', ...LISTED]));
  });

  it('labels the field in Chinese and shows the names as stored', async () => {
    const user = await openForm([], 'zh-CN');

    expect(screen.getByLabelText('行业')).toBe(industryInput());
    await user.click(industryInput());
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(LISTED);
  });
});
