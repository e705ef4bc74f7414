import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode, protectionPolicyMock } from '../../../test/customer-fixtures';
import { followUpNode, fromNow, pageCustomer } from '../../../test/follow-up-fixtures';
import { errorResult, renderWithProviders } from '../../../test/render';
import { browserTimeZone, createI18n } from '../../../i18n/i18n';
import { LOG_FOLLOW_UP_MUTATION } from '../../follow-ups/hooks/useLogFollowUp';
import { CUSTOMER_PAGE_QUERY, CustomerPage } from './CustomerPage';

// The page shows dates in the zone renderWithProviders gives it: the machine's.
const { fmt } = createI18n('en', browserTimeZone());
const formatDate = (iso: string) => fmt.date(iso);

const older = followUpNode({ id: 'f1', occurredAt: fromNow(-20), createdAt: fromNow(-20), content: 'First call: asked for rates to Rotterdam.' });

function pageMock(customer: object) {
  return { request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } }, result: { data: { customer } }, maxUsageCount: 3 };
}

/** Answers logFollowUp with `answer` and records the inputs sent. */
function logMock(answer: (input: Record<string, unknown>) => object) {
  const inputs: Record<string, unknown>[] = [];
  const mock = {
    request: { query: LOG_FOLLOW_UP_MUTATION, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables.input as Record<string, unknown>;
      inputs.push(input);
      return answer(input);
    },
  };
  return { mock, inputs };
}

function input(name: string): HTMLInputElement | HTMLTextAreaElement {
  const el = screen.getByTestId('follow-up-form').querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  return el;
}

/** The helper text MUI renders under an input, found through aria-describedby. */
function messageUnder(name: string): string | null {
  const id = input(name).getAttribute('aria-describedby');
  const text = id ? document.getElementById(id)?.textContent : null;
  return text?.replace(/\u200b/g, '').trim() || null;
}

async function openLogForm(mocks: object[]) {
  renderWithProviders(<CustomerPage />, { route: '/customers/c1?tab=followups', path: '/customers/:id', mocks: [protectionPolicyMock(), ...mocks] as never[] });
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('log-follow-up-button'));
  await screen.findByTestId('follow-up-form');
  return user;
}

describe('Follow-ups on the customer page', () => {
  it('opens on its tab, right after the basic details', async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1?tab=followups',
      path: '/customers/:id',
      mocks: [protectionPolicyMock(), pageMock(pageCustomer({ followUps: [older] }))],
    });

    expect(await screen.findByTestId('follow-up-timeline')).toBeTruthy();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.dataset.testid);
    expect(tabs.slice(0, 2)).toEqual(['customer-tab-details', 'customer-tab-followups']);
    expect(screen.getByTestId('customer-tab-followups').getAttribute('aria-selected')).toBe('true');
  });

  it('shows how long the owner stays protected, amber in the last days', async () => {
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1',
      path: '/customers/:id',
      mocks: [protectionPolicyMock(), pageMock(pageCustomer({ protectedUntil: fromNow(2.5) }))],
    });

    const protection = await screen.findByTestId('customer-protection');
    expect(protection.dataset.state).toBe('EXPIRING_SOON');
    expect(protection.textContent).toBe(`Protected until ${formatDate(fromNow(2.5))} · 2 days left`);
  });

  it('adds a logged follow-up to the timeline and moves the protection date in the header', async () => {
    const extended = fromNow(30);
    const logged = followUpNode({ id: 'f2', type: 'VISIT', content: 'Visited the Pudong warehouse with Li Wei.', occurredAt: fromNow(0), createdAt: fromNow(0), nextStep: 'Send the revised quote' });
    const { mock, inputs } = logMock(() => ({
      data: {
        logFollowUp: {
          __typename: 'LogFollowUpPayload',
          followUp: logged,
          customer: customerNode({ protectedUntil: extended }),
        },
      },
    }));
    const user = await openLogForm([pageMock(pageCustomer({ protectedUntil: fromNow(2.5), followUps: [older] })), mock]);
    expect(screen.getByTestId('customer-protection').dataset.state).toBe('EXPIRING_SOON');

    await user.click(within(screen.getByTestId('follow-up-form')).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Visit' }));
    await user.type(input('content'), '  Visited the Pudong warehouse with Li Wei. ');
    await user.type(input('nextStep'), 'Send the revised quote');
    await user.click(screen.getByTestId('follow-up-form-submit'));

    await waitFor(() => expect(screen.queryByTestId('follow-up-form')).toBeNull());
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      customerId: 'c1',
      type: 'VISIT',
      content: 'Visited the Pudong warehouse with Li Wei.',
      nextStep: 'Send the revised quote',
      remindAt: null,
    });
    expect(Date.parse(String(inputs[0].occurredAt))).toBeLessThanOrEqual(Date.now());

    const items = within(screen.getByTestId('follow-up-timeline')).getAllByTestId('follow-up-item');
    expect(items.map((item) => item.dataset.type)).toEqual(['VISIT', 'CALL']);
    expect(items[0].dataset.counted).toBe('true');
    const protection = screen.getByTestId('customer-protection');
    expect(protection.dataset.state).toBe('PROTECTED');
    expect(protection.textContent).toBe(`Protected until ${formatDate(extended)} · 29 days left`);
    expect((await screen.findByTestId('snackbar')).textContent).toContain('Protection extended');
  });

  it("puts the server's field problems under the inputs they belong to", async () => {
    const { mock } = logMock(() =>
      errorResult('BAD_USER_INPUT', [
        { field: 'input.occurredAt', message: 'cannot be in the future' },
        { field: 'remindAt', message: 'cannot be before the follow-up' },
        { field: 'content', message: 'must be at most 2000 characters' },
        { field: 'nextStep', message: 'must be at most 500 characters' },
      ]),
    );
    const user = await openLogForm([pageMock(pageCustomer()), mock]);
    await user.type(input('content'), 'Called about the renewal terms.');
    fireEvent.change(input('remindAt'), { target: { value: '2030-01-15T09:30' } });

    await user.click(screen.getByTestId('follow-up-form-submit'));

    await waitFor(() => expect(messageUnder('occurredAt')).toBe('When it happened cannot be in the future'));
    expect(messageUnder('remindAt')).toBe('Reminder cannot be before the follow-up');
    expect(messageUnder('content')).toBe('Summary must be at most 2000 characters');
    expect(messageUnder('nextStep')).toBe('Next step must be at most 500 characters');
    // Answered in place, not in the snackbar; the dialog stays open with what was typed.
    expect(screen.queryByTestId('snackbar')).toBeNull();
    expect(input('content').value).toBe('Called about the renewal terms.');

    await user.type(input('nextStep'), 'x');
    expect(messageUnder('nextStep')).toBeNull();
  });

  it('checks the shared rules before sending anything', async () => {
    const { mock, inputs } = logMock(() => ({ data: null }));
    const user = await openLogForm([pageMock(pageCustomer()), mock]);
    fireEvent.change(input('occurredAt'), { target: { value: '2099-01-01T10:00' } });

    await user.click(screen.getByTestId('follow-up-form-submit'));

    expect(messageUnder('content')).toBe('Summary is required');
    expect(messageUnder('occurredAt')).toBe('When it happened cannot be in the future');
    expect(inputs).toHaveLength(0);
  });
});
