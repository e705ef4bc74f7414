import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

async function openCreate(
  answer: DuplicateCheckResult | ((input: Record<string, unknown>) => DuplicateCheckResult),
  mutations: object[] = [],
  locale: 'en' | 'zh-CN' = 'en',
) {
  const check = duplicatesMock(answer);
  renderWithProviders(<CreateCustomerDialog open onClose={() => {}} />, {
    route: '/customers',
    locale,
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

/** The text of what the save button's aria-describedby points at: the reason it is off. */
function saveDescription(): string | null {
  const id = save().getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** True when `a` comes before `b` in the document. */
const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

afterEach(() => {
  // jsdom has no scrolling; the tests that need scrollIntoView stub it.
  Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
});

describe('duplicate matches in the customer form', () => {
  it('asks once the typing pauses, and says so when nothing matches', async () => {
    const { inputs } = await openCreate(CLEAR);
    await panel('CLEAR');
    expect(inputs).toEqual([{ companyName: 'Acme Trading' }]);
    expect(screen.getByTestId('duplicate-headline').textContent).toBe('No matching customer in Berth.');
  });

  it('turns Create off under a block, naming who holds the company beside it, and on again once the details change', async () => {
    // Only the typed company clashes; the mocks hold no create mutation, so a save sent anyway would fail loudly.
    const { user } = await openCreate((asked) => (asked.companyName === 'Acme Trading' ? result('BLOCK', [blockMatch]) : CLEAR));
    await panel('BLOCK');

    expect(screen.getByTestId('duplicate-headline').textContent).toBe(
      'Already in Berth: owned by Emma Novak (North sales) — you cannot add it again.',
    );
    // Off before any attempt, with the reason right beside the button and read out with it.
    expect(save().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked-reason').textContent).toBe('Already in Berth: owned by Emma Novak (North sales)');
    expect(saveDescription()).toBe('Already in Berth: owned by Emma Novak (North sales)');
    expect(screen.queryByTestId('duplicate-hint')).toBeNull();
    // Enter in a field submits the form without the button: that is held back too (no mutation is mocked).
    fireEvent.submit(screen.getByTestId('customer-form'));
    expect(screen.getByTestId('customer-form').getAttribute('aria-busy')).toBe('false');
    expect(screen.getByTestId('location').textContent).toBe('/customers');
    expect(screen.queryByTestId('snackbar')).toBeNull();

    const match = screen.getByTestId('duplicate-match');
    expect(within(match).getByTestId('duplicate-holder').textContent).toBe('Emma Novak · North sales · protected for 12 more days');
    expect(within(match).getAllByTestId('duplicate-evidence').map((chip) => chip.dataset.dimension)).toEqual(['NAME', 'PHONE']);
    // The viewer may not open another rep's customer: no link.
    expect(within(match).queryByRole('link')).toBeNull();

    await user.type(input('companyName'), ' Shanghai');
    await panel('CLEAR');
    expect(save().disabled).toBe(false);
    expect(screen.queryByTestId('save-blocked-reason')).toBeNull();
    expect(screen.queryByTestId('duplicate-summary')).toBeNull();
  });

  it('names the clash right under the company name, where a phone user is looking, and goes to the panel on a tap', async () => {
    const scrolled: Element[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this);
    };
    const { user } = await openCreate(result('BLOCK', [blockMatch]));
    await panel('BLOCK');

    const summary = screen.getByTestId('duplicate-summary');
    expect(summary.dataset.verdict).toBe('BLOCK');
    expect(summary.textContent).toContain('Already in Berth: owned by Emma Novak (North sales)');
    // Between the name and the next field, far above the panel at the end of the form.
    expect(precedes(input('companyName'), summary)).toBe(true);
    expect(precedes(summary, input('website'))).toBe(true);
    expect(precedes(summary, screen.getByTestId('duplicate-panel'))).toBe(true);

    await user.click(within(summary).getByTestId('duplicate-summary-show'));
    const full = screen.getByTestId('duplicate-panel');
    expect(scrolled).toEqual([full]);
    expect(document.activeElement).toBe(full);
  });

  it('speaks Chinese beside the button and under the name', async () => {
    await openCreate(result('BLOCK', [blockMatch]), [], 'zh-CN');
    await panel('BLOCK');

    expect(save().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked-reason').textContent).toBe('Berth 中已有该公司，负责人为 Emma Novak（North sales）');
    const summary = screen.getByTestId('duplicate-summary');
    expect(summary.textContent).toContain('Berth 中已有该公司，负责人为 Emma Novak（North sales）');
    expect(within(summary).getByTestId('duplicate-summary-show').textContent).toBe('查看匹配项');
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
    // A warning leaves the button on: pressing it asks for the tick.
    expect(save().disabled).toBe(false);
    expect(screen.queryByTestId('save-blocked-reason')).toBeNull();
    expect(screen.getByTestId('duplicate-summary').textContent).toContain('Possibly already in Berth: owned by you');

    await user.click(save());
    expect(await screen.findByText('Tick this to save it as a new company.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/customers');

    await user.click(screen.getByTestId('acknowledge-duplicates'));
    expect(screen.queryByTestId('duplicate-hint')).toBeNull();
    expect(save().disabled).toBe(false);
    await user.click(save());

    expect(await screen.findByText('customer page')).toBeTruthy();
  });

  it('offers to claim a pool match instead, off when the match has no id to claim', async () => {
    const { user } = await openCreate(result('BLOCK', [poolMatch('BLOCK')]));
    await panel('BLOCK');

    expect(screen.getByTestId('duplicate-headline').textContent).toBe('Already in Berth: in the public pool — you cannot add it again.');
    expect(screen.getByTestId('duplicate-holder').textContent).toBe('In the public pool');
    // Create is off, but claiming the pool customer stays open.
    expect(save().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked-reason').textContent).toBe('Already in Berth: in the public pool');
    const claim = screen.getByTestId('claim-instead-button') as HTMLButtonElement;
    expect(claim.disabled).toBe(true);
    await user.hover(claim.parentElement!);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Find it in the public pool to claim it');
  });

  it('says the save found a match the live check had not shown, without claiming when it was entered', async () => {
    const { user } = await openCreate(CLEAR, [createMock(false, refusal('DUPLICATE_CUSTOMER', result('BLOCK', [blockMatch])))]);
    await panel('CLEAR');

    await user.click(save());

    await panel('BLOCK');
    // The matching customer may be months old (the rep typed faster than the check): no "a moment ago".
    expect(screen.getByTestId('duplicate-found-on-save').textContent).toBe('Berth found a matching customer when you saved.');
    expect(save().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked-reason').textContent).toBe('Already in Berth: owned by Emma Novak (North sales)');
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
    expect(screen.queryByTestId('duplicate-summary')).toBeNull();

    const user = userEvent.setup();
    await user.clear(input('phone'));
    await user.type(input('phone'), '+86 21 6123 4567');

    await waitFor(() =>
      expect(screen.getByTestId('duplicate-headline').textContent).toBe(
        'Already in Berth: owned by Emma Novak (North sales) — another customer cannot have these details.',
      ),
    );
    expect(save().disabled).toBe(true);
    expect(screen.getByTestId('save-blocked-reason').textContent).toBe('Already in Berth: owned by Emma Novak (North sales)');
  });
});
