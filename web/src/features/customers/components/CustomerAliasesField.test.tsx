import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_ALIASES, type AliasKind } from '@berth/domain';
import { customerNode, lookupsMock } from '../../../test/customer-fixtures';
import { CLEAR, duplicatesMock } from '../../../test/duplicate-fixtures';
import { helperTextOf } from '../../../test/helper-text';
import { renderWithProviders } from '../../../test/render';
import { EMPTY_CUSTOMER_FORM, suggestedAliasKind, toCreateInput, toUpdateInput } from '../customer-form-values';
import { CREATE_CUSTOMER_MUTATION } from '../hooks/useCreateCustomer';
import { UPDATE_CUSTOMER_MUTATION } from '../hooks/useUpdateCustomer';
import { CreateCustomerDialog } from './CreateCustomerDialog';
import { EditCustomerDialog } from './EditCustomerDialog';

function input(name: string): HTMLInputElement {
  const el = screen.getByTestId('customer-form').querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!el) throw new Error(`no input named ${name}`);
  return el;
}

const messageUnder = (name: string) => helperTextOf(input(name));

const rows = () => screen.queryAllByTestId('alias-row');
const addButton = () => screen.getByTestId('add-alias') as HTMLButtonElement;

async function chooseKind(user: ReturnType<typeof userEvent.setup>, row: number, kind: string) {
  await user.click(within(rows()[row]).getByLabelText('Kind'));
  await user.click(await screen.findByRole('option', { name: kind }));
}

async function openCreate(mocks: object[] = []) {
  const check = duplicatesMock(CLEAR);
  renderWithProviders(<CreateCustomerDialog open onClose={() => {}} />, {
    route: '/customers',
    mocks: [lookupsMock(false), check.mock, ...(mocks as never[])],
    otherRoutes: { '/customers/:id': <p>customer page</p> },
  });
  await waitFor(() => expect(input('tier').value).toBe('C'));
  return { user: userEvent.setup(), inputs: check.inputs };
}

function createMock(aliases: { kind: AliasKind; name: string }[], result: object) {
  const variables = { input: { companyName: 'Acme Trading', tags: [], status: 'NEW', tier: 'C', aliases } };
  return { request: { query: CREATE_CUSTOMER_MUTATION, variables }, result };
}

const created = { data: { createCustomer: { __typename: 'CreateCustomerPayload', customer: customerNode({ id: 'c42', companyName: 'Acme Trading' }) } } };

describe('other names in the customer form', () => {
  it('adds and removes rows, each with its kind and name', async () => {
    const { user } = await openCreate();
    expect(rows()).toHaveLength(0);

    await user.click(addButton());
    await user.type(input('aliases.0.name'), 'Acme HK');
    await user.click(addButton());
    await user.type(input('aliases.1.name'), 'Acmex');
    await chooseKind(user, 1, 'Brand');
    expect(rows()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Remove other name 1' }));

    expect(rows()).toHaveLength(1);
    expect(input('aliases.0.name').value).toBe('Acmex');
    expect(input('aliases.0.kind').value).toBe('BRAND');
  });

  it('sends the named rows on create, and asks the live duplicate check about them', async () => {
    const { user, inputs } = await openCreate([createMock([{ kind: 'ENGLISH_NAME', name: 'Acme HK' }, { kind: 'BRAND', name: 'Acmex' }], created)]);
    await user.type(input('companyName'), 'Acme Trading');
    await user.click(addButton());
    await chooseKind(user, 0, 'English name');
    await user.type(input('aliases.0.name'), ' Acme HK ');
    // A row left without a name is not sent.
    await user.click(addButton());
    await user.click(addButton());
    await chooseKind(user, 2, 'Brand');
    await user.type(input('aliases.2.name'), 'Acmex');

    await waitFor(() => expect(inputs.at(-1)).toEqual({ companyName: 'Acme Trading', aliases: ['Acme HK', 'Acmex'] }), { timeout: 5000 });
    await user.click(screen.getByTestId('customer-form-submit'));

    expect(await screen.findByText('customer page')).toBeTruthy();
  });

  it("puts the server's problem on the row it is about, counting only the rows sent", async () => {
    const refusal = {
      errors: [
        {
          message: 'BAD_USER_INPUT from server',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'aliases.1.name', message: 'is the company name itself', rule: 'SAME_AS_COMPANY_NAME' }] },
        },
      ],
      data: null,
    };
    const { user } = await openCreate([createMock([{ kind: 'FORMER_NAME', name: 'Acme HK' }, { kind: 'FORMER_NAME', name: 'Acme Trade' }], refusal)]);
    await user.type(input('companyName'), 'Acme Trading');
    await user.click(addButton());
    await user.type(input('aliases.0.name'), 'Acme HK');
    await user.click(addButton());
    await user.click(addButton());
    await user.type(input('aliases.2.name'), 'Acme Trade');

    await user.click(screen.getByTestId('customer-form-submit'));

    await waitFor(() => expect(messageUnder('aliases.2.name')).toBe('Other name 3 is the company name itself'));
    expect(messageUnder('aliases.0.name')).toBeNull();
    expect(messageUnder('aliases.1.name')).toBeNull();
  });

  it('says at once, with the shared rules, when an other name is the company name itself', async () => {
    const { user } = await openCreate();
    await user.type(input('companyName'), 'Acme Trading');
    await user.click(addButton());
    await user.type(input('aliases.0.name'), 'ACME Trading Ltd.');
    await user.tab();

    expect(messageUnder('aliases.0.name')).toBe('Other name 1 is the company name itself');
  });

  it(`stops at ${MAX_ALIASES}, and on edit sends the whole list only when it changed`, async () => {
    const aliases = Array.from({ length: MAX_ALIASES - 1 }, (_, i) => ({ __typename: 'CustomerAlias', kind: 'BRAND', name: `Acme Brand ${i + 1}` }));
    const customer = customerNode({ aliases });
    const kept = aliases.map(({ kind, name }) => ({ kind, name }));
    const update = {
      request: { query: UPDATE_CUSTOMER_MUTATION, variables: { id: 'c1', input: { aliases: [...kept.slice(1), { kind: 'FORMER_NAME', name: 'Acme Old' }] } } },
      result: { data: { updateCustomer: { __typename: 'UpdateCustomerPayload', customer: customerNode() } } },
    };
    renderWithProviders(<EditCustomerDialog customer={customer as never} open onClose={() => {}} />, { mocks: [lookupsMock(false), duplicatesMock(CLEAR).mock, update] });
    const user = userEvent.setup();
    expect(rows()).toHaveLength(MAX_ALIASES - 1);
    expect(input('aliases.0.name').value).toBe('Acme Brand 1');

    await user.click(addButton());
    expect(rows()).toHaveLength(MAX_ALIASES);
    expect(addButton().disabled).toBe(true);
    expect(screen.getByTestId('alias-limit').textContent).toBe(`At most ${MAX_ALIASES} other names.`);
    await user.type(input(`aliases.${MAX_ALIASES - 1}.name`), 'Acme Old');

    await user.click(screen.getByRole('button', { name: 'Remove other name 1' }));
    expect(addButton().disabled).toBe(false);
    await user.click(screen.getByTestId('customer-form-submit'));

    expect(await screen.findByText('Customer saved.')).toBeTruthy();
  });
});

describe('other names as sent', () => {
  const opened = { ...EMPTY_CUSTOMER_FORM, companyName: '上海华泰纺织有限公司', aliases: [{ kind: 'ENGLISH_NAME' as const, name: 'Shanghai Huatai Textile' }] };

  it('leaves the list out of an edit that does not touch it, and sends [] to clear it', () => {
    expect(toUpdateInput({ ...opened, website: 'huatai.cn' }, opened)).toEqual({ website: 'huatai.cn' });
    expect(toUpdateInput({ ...opened, aliases: [{ kind: 'ENGLISH_NAME', name: ' Shanghai Huatai Textile ' }, { kind: 'BRAND', name: ' ' }] }, opened)).toEqual({});
    expect(toUpdateInput({ ...opened, aliases: [] }, opened)).toEqual({ aliases: [] });
  });

  it('creates without the list when no row has a name', () => {
    expect(toCreateInput({ ...opened, aliases: [{ kind: 'BRAND', name: '  ' }] })).not.toHaveProperty('aliases');
  });

  it("starts a Chinese company's first new row as its English name", () => {
    expect(suggestedAliasKind('上海华泰纺织有限公司', [])).toBe('ENGLISH_NAME');
    expect(suggestedAliasKind('上海华泰纺织有限公司', opened.aliases)).toBe('FORMER_NAME');
    expect(suggestedAliasKind('Acme Trading', [])).toBe('FORMER_NAME');
  });
});
