import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerNode, lookupsMock } from '../../../test/customer-fixtures';
import { CLEAR, duplicatesMock } from '../../../test/duplicate-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CUSTOMER_PAGE_QUERY, CustomerPage } from './CustomerPage';

const aliases = [
  { __typename: 'CustomerAlias', kind: 'ENGLISH_NAME', name: 'Shanghai Huatai Textile Co., Ltd.' },
  { __typename: 'CustomerAlias', kind: 'BRAND', name: '华泰' },
];

function open(customer: object, locale: 'en' | 'zh-CN' = 'en') {
  const page = { request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } }, result: { data: { customer } }, maxUsageCount: 3 };
  renderWithProviders(<CustomerPage />, { route: '/customers/c1', path: '/customers/:id', locale, mocks: [page, lookupsMock(false), duplicatesMock(CLEAR).mock] });
}

const customer = (overrides: object) =>
  customerNode({ companyName: '上海华泰纺织有限公司', contacts: [], followUps: [], ownershipEvents: [], ...overrides });

describe("the customer page's other names", () => {
  it.each<['en' | 'zh-CN', string[]]>([
    ['en', ['English name Shanghai Huatai Textile Co., Ltd.', 'Brand 华泰']],
    ['zh-CN', ['英文名 Shanghai Huatai Textile Co., Ltd.', '品牌 华泰']],
  ])('lists each under the company name, by kind, in the order given (%s)', async (locale, lines) => {
    open(customer({ aliases }), locale);

    await screen.findByTestId('customer-title');
    expect(screen.getAllByTestId('customer-alias').map((line) => line.textContent)).toEqual(lines);
  });

  it('shows nothing for a customer without other names', async () => {
    open(customer({ aliases: [] }));

    await screen.findByTestId('customer-title');
    expect(screen.queryByTestId('customer-aliases')).toBeNull();
  });

  it('opens the edit form with them', async () => {
    open(customer({ aliases }));
    await userEvent.setup().click(await screen.findByTestId('edit-customer-button'));

    const rows = await screen.findAllByTestId('alias-row');
    expect(rows.map((row) => [...row.querySelectorAll('input')].map((input) => input.value))).toEqual([
      ['ENGLISH_NAME', 'Shanghai Huatai Textile Co., Ltd.'],
      ['BRAND', '华泰'],
    ]);
    expect(within(rows[0]).getByRole('combobox').textContent).toBe('English name');
  });
});
