import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode } from '../../../test/customer-fixtures';
import { errorResult, renderWithProviders } from '../../../test/render';
import { ADD_CONTACT_MUTATION } from '../hooks/useAddContact';
import { CUSTOMER_PAGE_QUERY, CustomerPage } from './CustomerPage';
import { POOL_CUSTOMER_HISTORY_QUERY } from '../../pool/hooks/usePoolCustomerHistory';
import { historyMock } from '../../pool/pool-test-mocks';

const contact = {
  __typename: 'Contact',
  id: 'k1',
  name: 'Li Wei',
  title: 'Head of procurement',
  phones: ['+86 21 5555 0101'],
  emails: ['li.wei@acme.com'],
  birthday: '1980-04-23',
};

const fullCustomer = customerNode({
  contacts: [contact],
  followUps: [],
  ownershipEvents: [
    {
      __typename: 'OwnershipEvent',
      id: 'e1',
      kind: 'CREATED',
      from: null,
      to: { __typename: 'User', id: 'u1', name: 'Rita Rep' },
      actor: { __typename: 'User', id: 'u1', name: 'Rita Rep' },
      reason: null,
      reasonDetail: null,
      occurredAt: '2026-11-01T08:00:00Z',
    },
  ],
});

function pageMock(result: object) {
  return { request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } }, result, maxUsageCount: 3 };
}

describe('CustomerPage', () => {
  it('shows a friendly page when the customer is missing or not visible', async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1',
      path: '/customers/:id',
      mocks: [pageMock(errorResult('NOT_FOUND')), { request: { query: POOL_CUSTOMER_HISTORY_QUERY, variables: { id: 'c1' } }, result: errorResult('NOT_FOUND') }],
    });

    const message = await screen.findByTestId('customer-not-found');
    expect(message.textContent).toContain('This customer does not exist or is not visible to you');
  });

  it('leads on to the pool when the customer it names is in the pool now (released or recycled since)', async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/p1',
      path: '/customers/:id',
      mocks: [{ request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'p1' } }, result: errorResult('NOT_FOUND') }, historyMock('p1')],
    });

    const message = await screen.findByTestId('customer-in-pool');
    expect(message.textContent).toContain('Acme is in the public pool now');
    expect(screen.getByTestId('open-in-pool').getAttribute('href')).toBe('/pool?customer=p1');
  });

  it('shows the header and the basic details', async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1',
      path: '/customers/:id',
      mocks: [pageMock({ data: { customer: fullCustomer } })],
    });

    expect((await screen.findByTestId('customer-title')).textContent).toBe('Acme Logistics');
    expect(screen.getByTestId('customer-owner').textContent).toBe('Rita Rep');
    const details = screen.getByTestId('customer-details');
    expect(within(details).getByText('hello@acme.com')).toBeTruthy();
    expect(within(details).getByText('Trade show')).toBeTruthy();
  });

  it('lists contacts and checks a new contact with the shared rules before sending', async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1?tab=contacts',
      path: '/customers/:id',
      mocks: [pageMock({ data: { customer: fullCustomer } })],
    });
    const user = userEvent.setup();

    expect(await screen.findByText('Li Wei')).toBeTruthy();
    await user.click(screen.getByTestId('add-contact-button'));
    const form = await screen.findByTestId('contact-form');
    await user.type(within(form).getByLabelText('Email 1'), 'nope');
    await user.click(screen.getByTestId('contact-form-submit'));

    expect(within(form).getByText('Name is required')).toBeTruthy();
    expect(within(form).getByText('Email 1 is not a valid email address')).toBeTruthy();
  });

  it("places the server's problem on the phone box it belongs to, skipping blank boxes", async () => {
    const addContact = {
      request: {
        query: ADD_CONTACT_MUTATION,
        variables: {
          customerId: 'c1',
          input: { name: 'Zhang Min', title: null, phones: ['+86 10 5555 0199'], emails: [], birthday: null },
        },
      },
      result: errorResult('BAD_USER_INPUT', [{ field: 'phones.0', message: 'is already a contact of this customer' }]),
    };
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1?tab=contacts',
      path: '/customers/:id',
      mocks: [pageMock({ data: { customer: fullCustomer } }), addContact],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('add-contact-button'));
    const form = await screen.findByTestId('contact-form');
    await user.type(within(form).getByLabelText(/^Name/), 'Zhang Min');
    await user.click(within(form).getByRole('button', { name: 'Add phone' }));
    await user.type(within(form).getByLabelText('Phone 2'), '+86 10 5555 0199');

    await user.click(screen.getByTestId('contact-form-submit'));

    expect(await within(form).findByText('Phone 2 is already a contact of this customer')).toBeTruthy();
  });
});
