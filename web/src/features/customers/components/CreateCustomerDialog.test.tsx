import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LIMITS } from '@berth/domain';
import { customerNode, lookupsMock } from '../../../test/customer-fixtures';
import { CLEAR, duplicatesMock } from '../../../test/duplicate-fixtures';
import { errorResult, renderWithProviders } from '../../../test/render';
import { CREATE_CUSTOMER_MUTATION } from '../hooks/useCreateCustomer';
import { CreateCustomerDialog } from './CreateCustomerDialog';

function input(name: string): HTMLInputElement {
  const form = screen.getByTestId('customer-form');
  const el = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  return el;
}

/** The helper text MUI renders under an input, found through aria-describedby. */
function messageUnder(name: string): string | null {
  const id = input(name).getAttribute('aria-describedby');
  const text = id ? document.getElementById(id)?.textContent : null;
  // MUI keeps the line's height with a zero-width space when there is no message.
  return text?.replace(/\u200b/g, '').trim() || null;
}

async function openForm(mocks: object[] = []) {
  renderWithProviders(<CreateCustomerDialog open onClose={() => {}} />, {
    route: '/customers',
    mocks: [lookupsMock(false), duplicatesMock(CLEAR).mock, ...(mocks as never[])],
    otherRoutes: { '/customers/:id': <p>customer page</p> },
  });
  await screen.findByTestId('customer-form');
  // Wait for the tier default, which arrives with the lookups.
  await waitFor(() => expect(input('tier').value).toBe('C'));
  return userEvent.setup();
}

describe('customer form validation', () => {
  it('shows an invalid email under the email field once it is left', async () => {
    const user = await openForm();
    await user.type(input('email'), 'not-an-email');
    expect(messageUnder('email')).toBeNull();

    await user.tab();

    expect(messageUnder('email')).toBe('Email is not a valid email address');
  });

  it('flags an overlong company name with the shared limit', async () => {
    const user = await openForm();
    await user.click(input('companyName'));
    await user.paste('x'.repeat(LIMITS.companyName + 1));
    await user.tab();

    expect(messageUnder('companyName')).toBe(`Company name must be at most ${LIMITS.companyName} characters`);
  });

  it('clears a message as soon as the value is fixed', async () => {
    const user = await openForm();
    await user.type(input('website'), 'not a site');
    await user.tab();
    expect(messageUnder('website')).toBe('Website is not a valid website address');

    await user.clear(input('website'));
    await user.type(input('website'), 'acme.com');

    expect(messageUnder('website')).toBeNull();
  });

  it('marks every problem on submit and sends nothing', async () => {
    const user = await openForm();
    await user.type(input('phone'), 'abc');
    await user.click(screen.getByTestId('customer-form-submit'));

    expect(messageUnder('companyName')).toBe('Company name is required');
    expect(messageUnder('phone')).toBe('Phone is not a valid phone number');
  });

  it("puts the server's BAD_USER_INPUT field problems under their fields", async () => {
    const mutation = {
      request: {
        query: CREATE_CUSTOMER_MUTATION,
        variables: { input: { companyName: 'Acme Logistics', email: 'hello@acme.com', tags: ['port'], status: 'NEW', tier: 'C' } },
      },
      result: errorResult('BAD_USER_INPUT', [
        { field: 'email', message: 'is already used by another customer' },
        { field: 'input.companyName', message: 'contains a character that is not allowed' },
        { field: 'tags.0', message: 'is reserved' },
      ]),
    };
    const user = await openForm([mutation]);
    await user.type(input('companyName'), 'Acme Logistics');
    await user.type(input('email'), 'hello@acme.com');
    await user.type(input('tags'), 'port{Enter}');

    await user.click(screen.getByTestId('customer-form-submit'));

    await waitFor(() => expect(messageUnder('email')).toBe('Email is already used by another customer'));
    expect(messageUnder('companyName')).toBe('Company name contains a character that is not allowed');
    expect(messageUnder('tags')).toBe('Tag 1 is reserved');
    // Field problems are shown in place, not as a snackbar.
    expect(screen.queryByTestId('snackbar')).toBeNull();

    // Editing the field removes the server's message for it.
    await user.type(input('email'), 'x');
    expect(messageUnder('email')).toBeNull();
  });

  it('opens the new customer after creating it', async () => {
    const created = customerNode({ id: 'c42', companyName: 'Brightwater', tags: [], status: 'NEW' });
    const mutation = {
      request: {
        query: CREATE_CUSTOMER_MUTATION,
        variables: { input: { companyName: 'Brightwater', tags: [], status: 'NEW', tier: 'C', regionId: 'r2' } },
      },
      result: { data: { createCustomer: { __typename: 'CreateCustomerPayload', customer: created } } },
    };
    const user = await openForm([mutation]);
    await user.type(input('companyName'), '  Brightwater ');
    await user.click(within(screen.getByTestId('customer-form')).getByLabelText('Region'));
    await user.click(await screen.findByRole('option', { name: 'North' }));

    await user.click(screen.getByTestId('customer-form-submit'));

    expect(await screen.findByText('customer page')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/customers/c42');
  });
});
