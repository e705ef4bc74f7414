import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { customerNode, lookupsMock, protectionPolicyMock } from '../../../test/customer-fixtures';
import { followUpNode, fromNow, pageCustomer } from '../../../test/follow-up-fixtures';
import { REP, renderWithProviders } from '../../../test/render';
import { createI18n } from '../../../i18n/i18n';
import { CUSTOMERS_QUERY } from '../hooks/useCustomerList';
import { EXPIRING_SOON_QUERY } from '../hooks/useExpiringSoon';
import { CUSTOMER_PAGE_QUERY, CustomerPage } from './CustomerPage';
import { CustomersPage } from './CustomersPage';

const ZONE = 'Asia/Shanghai';
const { fmt } = createI18n('zh-CN', ZONE);
const CHINESE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

const connection = (nodes: object[]) => ({
  __typename: 'CustomerConnection',
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
  edges: nodes.map((node) => ({ __typename: 'CustomerEdge', cursor: 'cur', node })),
});

describe('the customer pages for a Chinese viewer', () => {
  it('words the customer, its protection and its follow-ups in Chinese, with Chinese dates', async () => {
    const protectedUntil = fromNow(2.5);
    const customer = pageCustomer({ protectedUntil, followUps: [followUpNode({ occurredAt: fromNow(-5), createdAt: fromNow(-5) })] });
    renderWithProviders(<CustomerPage />, {
      route: '/customers/c1?tab=followups',
      path: '/customers/:id',
      locale: 'zh-CN',
      timeZone: ZONE,
      mocks: [protectionPolicyMock(), { request: { query: CUSTOMER_PAGE_QUERY, variables: { id: 'c1' } }, result: { data: { customer } }, maxUsageCount: 3 }],
    });

    const timeline = await screen.findByTestId('follow-up-timeline');
    expect(screen.getByTestId('customer-tab-details').textContent).toBe('基本信息');
    expect(screen.getByTestId('customer-tab-followups').textContent).toBe('跟进记录');
    expect(screen.getByText('跟进中')).toBeTruthy();
    expect(screen.getByText('我的客户')).toBeTruthy();

    expect(fmt.date(protectedUntil)).toMatch(CHINESE_DATE);
    expect(screen.getByTestId('customer-protection').textContent).toBe(`保护期至 ${fmt.date(protectedUntil)} · 还剩 2 天`);

    expect(within(timeline).getByRole('heading', { level: 2 }).textContent).toBe('跟进记录（1）');
    const item = within(timeline).getByTestId('follow-up-item');
    expect(within(item).getByText('电话')).toBeTruthy();
    expect(within(item).getByTestId('follow-up-counted').textContent).toBe('延长保护期');
    expect(within(item).getByTestId('follow-up-when').textContent).toBe('5天前');
    expect(within(item).getByText(/Rita Rep 记录/)).toBeTruthy();
    expect(screen.getByTestId('log-follow-up-button').textContent).toBe('记录跟进');
  });

  it("titles the list by role and shows the grid's own words in Chinese", async () => {
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      user: REP,
      locale: 'zh-CN',
      timeZone: ZONE,
      mocks: [
        lookupsMock(false),
        protectionPolicyMock(),
        { request: { query: EXPIRING_SOON_QUERY, variables: () => true }, result: { data: { customers: { __typename: 'CustomerConnection', totalCount: 0, edges: [] } } }, maxUsageCount: 5 },
        { request: { query: CUSTOMERS_QUERY, variables: () => true }, result: { data: { customers: connection([customerNode()]) } }, maxUsageCount: 5 },
      ],
    });

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('我的客户');
    expect(screen.getByText('你负责的客户。持续跟进，保护期才能延续。')).toBeTruthy();
    expect(screen.getByTestId('new-customer-button').textContent).toBe('新建客户');
    const grid = screen.getByTestId('customers-grid');
    expect(await within(grid).findByText('Acme Logistics')).toBeTruthy();
    expect(within(grid).getByText('公司')).toBeTruthy();
    expect(within(grid).getByText('保护期')).toBeTruthy();
    // The grid's pagination, from MUI X's own Chinese texts.
    expect(within(grid).getByText('每页行数:')).toBeTruthy();
    expect(await screen.findByTestId('expiring-soon-empty')).toBeTruthy();
    expect(screen.getByTestId('expiring-soon-empty').textContent).toBe('未来 3 天内没有到期的客户。');
  });
});
