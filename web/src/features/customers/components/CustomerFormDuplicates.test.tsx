import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode, lookupsMock } from '../../../test/customer-fixtures';
import { blockMatch, CLEAR, duplicatesMock, poolMatch, result, warnMatch } from '../../../test/duplicate-fixtures';
import { renderWithProviders } from '../../../test/render';
import type { DuplicateCheckResult } from '../../duplicates/duplicate-types';
import { CREATE_CUSTOMER_MUTATION } from '../hooks/useCreateCustomer';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { EditCustomerDialog } from './EditCustomerDialog';

function input(name: string): HTMLInputElement {
  const el = screen.getByTestId('customer-form').querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  return el;
}

const save = () => screen.getByTestId('customer-form-submit') as HTMLButtonElement;
// The check runs once typing pauses and then asks the server: on a loaded machine (the first test
// also pays for the cold start) that can take longer than waitFor's default second.
const panel = (verdict: string) => waitFor(() => expect(screen.getByTestId('duplicate-panel').dataset.verdict).toBe(verdict), { timeout: 5000 });

async function openCreate(answer: DuplicateCheckResult, mutations: object[] = []) {
  const check = duplicatesMock(answer);
  renderWithProviders(<CreateCustomerDialog open onClose={() => {}} />, {
    route: '/customers',
    mocks: [lookupsMock(false), check.mock, ...(mutations as never[])],
    otherRoutes: { '/customers/:id': <p>customer page</p> },
  });
  await waitFor(() => expect(input('tier').value).toBe('C'));
  const user = userEvent.setup();
  await user.type(input('companyName'), 'Acme Trading');
  return { user, inputs: check.inputs };
}

function createMock(acknowledge: boolean, answer: object) {
  const variables = { input: { companyName: 'Acme Trading', tags: [], status: 'NEW', tier: 'C', ...(acknowledge ? { acknowledgeDuplicates: true } : {}) } };
  return { request: { query: CREATE_CUSTOMER_MUTATION, variables }, result: answer };
}

const created = { data: { createCustomer: { __typename: 'CreateCustomerPayload', customer: customerNode({ id: 'c42', companyName: 'Acme Trading' }) } } };

function refusal(code: string, duplicates: DuplicateCheckResult) {
  return { errors: [{ message: 'refused', extensions: { code, duplicates } }], data: null };
}

describe('duplicate matches in the customer form', () => {
  it('asks once the typing pauses, and says so when nothing matches', async () => {
    const { inputs } = await openCreate(CLEAR);
    await panel('CLEAR');
    expect(inputs).toEqual([{ companyName: 'Acme Trading' }]);
    expect(screen.getByTestId('duplicate-headline').textContent).toBe('No matching customer in Berth.');
  });

  it('blocks saving a company someone already owns, naming them and their protection', async () => {
    const { user } = await openCreate(result('BLOCK', [blockMatch]), [createMock(false, refusal('DUPLICATE_CUSTOMER', result('BLOCK', [blockMatch])))]);
    await panel('BLOCK');

    expect(screen.getByTestId('duplicate-headline').textContent).toBe(
      'Already in Berth: owned by Emma Novak (North sales) — you cannot add it again.',
    );
    // The attempt is still sent once, so the server records it and tells the owner; then the save is off.
    expect(save().disabled).toBe(false);
    await user.click(save());
    await waitFor(() => expect(save().disabled).toBe(true));
    expect(screen.getByTestId('location').textContent).toBe('/customers');
    // Named beside the save button too: the panel may be scrolled out of sight.
    expect(screen.getByTestId('duplicate-hint').dataset.verdict).toBe('BLOCK');
    const match = screen.getByTestId('duplicate-match');
    expect(within(match).getByTestId('duplicate-holder').textContent).toBe('Emma Novak · North sales · protected for 12 more days');
    expect(within(match).getAllByTestId('duplicate-evidence').map((chip) => chip.dataset.dimension)).toEqual(['NAME', 'PHONE']);
    // The viewer may not open another rep's customer: no link.
    expect(within(match).queryByRole('link')).toBeNull();
  });

  it('shows the evidence of a match on demand: both values, the method, the score', async () => {
    const { user } = await openCreate(result('WARN', [warnMatch]));
    await panel('WARN');

    await user.click(screen.getByTestId('duplicate-evidence'));

    const details = await screen.findByTestId('duplicate-evidence-details');
    expect(details.textContent).toContain('Company name · similar · 62% · warns');
    expect(details.textContent).toContain('acme trade house');
    expect(screen.getByTestId('duplicate-holder').textContent).toContain('protection ends in 5 h');
    expect(screen.getByRole('link', { name: 'Acme Trade House' }).getAttribute('href')).toBe('/customers/c9');
  });

  it('saves through a warning only once the user ticks that it is a different company', async () => {
    const { user } = await openCreate(result('WARN', [warnMatch]), [createMock(true, created)]);
    await panel('WARN');

    await user.click(save());
    expect(await screen.findByText('Tick this to save it as a new company.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/customers');

    await user.click(screen.getByTestId('acknowledge-duplicates'));
    expect(screen.queryByTestId('duplicate-hint')).toBeNull();
    await user.click(save());

    expect(await screen.findByText('customer page')).toBeTruthy();
  });

  it('offers to claim a pool match instead, off when the match has no id to claim', async () => {
    const { user } = await openCreate(result('BLOCK', [poolMatch('BLOCK')]));
    await panel('BLOCK');

    expect(screen.getByTestId('duplicate-headline').textContent).toBe('Already in Berth: in the public pool — you cannot add it again.');
    expect(screen.getByTestId('duplicate-holder').textContent).toBe('In the public pool');
    const claim = screen.getByTestId('claim-instead-button') as HTMLButtonElement;
    expect(claim.disabled).toBe(true);
    await user.hover(claim.parentElement!);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Find it in the public pool to claim it');
  });

  it("shows the server's matches when another rep saved the company a moment earlier", async () => {
    const { user } = await openCreate(CLEAR, [createMock(false, refusal('DUPLICATE_CUSTOMER', result('BLOCK', [blockMatch])))]);
    await panel('CLEAR');

    await user.click(save());

    await panel('BLOCK');
    expect(screen.getByTestId('duplicate-found-on-save')).toBeTruthy();
    expect(save().disabled).toBe(true);
    // Answered in the panel, not in the snackbar.
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('asks for the acknowledgement when the server finds a warning the live check had not', async () => {
    const mutations = [createMock(false, refusal('DUPLICATE_NEEDS_ACKNOWLEDGEMENT', result('WARN', [warnMatch]))), createMock(true, created)];
    const { user } = await openCreate(CLEAR, mutations);
    await panel('CLEAR');

    await user.click(save());
    await panel('WARN');
    expect(screen.getByText('Tick this to save it as a new company.')).toBeTruthy();

    await user.click(screen.getByTestId('acknowledge-duplicates'));
    await user.click(save());
    expect(await screen.findByText('customer page')).toBeTruthy();
  });
});

describe('duplicate matches when editing', () => {
  it('leaves the customer itself out, and holds back only edits that cause the match', async () => {
    // The customer's own details already match another one (entered before checks existed).
    const check = duplicatesMock(result('BLOCK', [blockMatch]));
    renderWithProviders(<EditCustomerDialog customer={customerNode() as never} open onClose={() => {}} />, {
      mocks: [lookupsMock(false), check.mock],
    });

    await panel('BLOCK');
    expect(check.inputs[0]).toMatchObject({ companyName: 'Acme Logistics', excludeCustomerId: 'c1' });
    // Unchanged details that already matched do not stop other edits.
    expect(save().disabled).toBe(false);

    const user = userEvent.setup();
    await user.clear(input('phone'));
    await user.type(input('phone'), '+86 21 6123 4567');

    await waitFor(() =>
      expect(screen.getByTestId('duplicate-headline').textContent).toBe(
        'Already in Berth: owned by Emma Novak (North sales) — another customer cannot have these details.',
      ),
    );
    expect(screen.getByTestId('duplicate-hint').dataset.verdict).toBe('BLOCK');
  });
});
