import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lookupsMock } from '../../../test/customer-fixtures';
import { poolMock, poolNode, quotaMock } from '../../../test/pool-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CLAIM_CUSTOMERS_MUTATION } from '../hooks/useClaimCustomers';
import { PoolPage } from './PoolPage';
import { createI18n } from '../../../i18n/i18n';
import { historyMock, poolFilterValuesMock } from '../pool-test-mocks';

// Dates in the page's language and zone (the machine's, as renderWithProviders uses).
const { fmt } = createI18n('en');
/** A cooldown a month away: near enough to read as day and month. */
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString();

const acme = poolNode();
const globex = poolNode({ id: 'p2', companyName: 'Globex', entry: null });

function claimMock(ids: string[], results: object[]) {
  return {
    request: { query: CLAIM_CUSTOMERS_MUTATION, variables: { ids } },
    result: { data: { claimCustomers: results.map((r) => ({ __typename: 'ClaimResult', code: null, message: null, retryAt: null, ...r })) } },
  };
}

describe('PoolPage', () => {
  it('shows the claim-limit meter and each pool customer with how it entered', async () => {
    renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, globex]), quotaMock(3)] });

    const meter = await screen.findByTestId('claim-quota');
    expect(meter.textContent).toContain('3 of 10 claims today · 45 of 200 held');
    expect(meter.getAttribute('data-claimed')).toBe('3');
    expect(meter.getAttribute('data-limit')).toBe('10');
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    expect(screen.getByTestId('pool-list').getAttribute('data-total')).toBe('2');
    const card = screen.getAllByTestId('pool-card')[0];
    expect(within(card).getByTestId('pool-time').textContent).toBe('3 days in the pool');
    expect(within(card).getByTestId('pool-reason').textContent).toBe('No counted follow-up for 30 days');
    expect(within(card).getByTestId('pool-previous-owner').textContent).toBe('Previously held by Emma Novak · North sales');
  });

  it('claims a customer: snackbar, the item leaves the list and the quota refreshes', async () => {
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      mocks: [
        lookupsMock(false), poolFilterValuesMock(),
        poolMock([acme, globex]),
        quotaMock(3),
        claimMock(['p1'], [{ customerId: 'p1', ok: true }]),
        poolMock([globex]),
        quotaMock(4, 46),
      ],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));

    await user.click(within(screen.getAllByTestId('pool-card')[0]).getByTestId('claim-button'));

    expect((await screen.findByTestId('snackbar')).textContent).toContain('Acme is now yours');
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(1));
    expect(screen.getByTestId('pool-card').getAttribute('data-customer-id')).toBe('p2');
    await waitFor(() => expect(screen.getByTestId('claim-quota').getAttribute('data-claimed')).toBe('4'));
  });

  it('lists every failure of a batch by name, and each refusal on its own item, dates in the one format', async () => {
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      mocks: [
        lookupsMock(false), poolFilterValuesMock(),
        poolMock([acme, globex]),
        quotaMock(8),
        claimMock(
          ['p1', 'p2'],
          [
            { customerId: 'p1', ok: false, code: 'DAILY_LIMIT_REACHED', message: 'You have made 10 of 10 claims today; claims reopen at 2026-11-21 00:00 (UTC).', retryAt: '2026-11-21T00:00:00.000Z' },
            { customerId: 'p2', ok: false, code: 'PREVIOUS_OWNER_COOLDOWN', message: 'x 2027-01-05 07:25 (UTC)', retryAt: IN_A_MONTH },
          ],
        ),
      ],
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    for (const box of screen.getAllByTestId('pool-select')) await user.click(box);

    await user.click(screen.getByTestId('claim-selected'));

    const refusals = await screen.findAllByTestId('claim-refusal');
    expect(refusals.map((r) => r.getAttribute('data-code'))).toEqual(['DAILY_LIMIT_REACHED', 'PREVIOUS_OWNER_COOLDOWN']);
    expect(refusals[1].textContent).toBe(`You held this customer until recently: you can claim it again on ${fmt.dayMonth(IN_A_MONTH)}.`);
    for (const r of refusals) expect(r.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|UTC/);
    const failures = screen.getAllByTestId('claim-failure');
    expect(failures.map((f) => f.textContent?.split(':')[0])).toEqual(['Acme', 'Globex']);
    expect(screen.getByTestId('claim-failures').textContent).toContain('2 customers could not be claimed');
    expect((await screen.findByTestId('snackbar')).textContent).toContain('None of the selected customers could be claimed');
    expect(screen.getAllByTestId('pool-card')).toHaveLength(2);
  });

  it('at the daily limit every Claim and checkbox is disabled, saying why', async () => {
    renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, globex]), quotaMock(10)] });
    await waitFor(() => expect(screen.getByTestId('claim-quota').getAttribute('data-claimed')).toBe('10'));
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    for (const button of screen.getAllByTestId('claim-button')) expect((button as HTMLButtonElement).disabled).toBe(true);
    for (const box of screen.getAllByTestId('pool-select')) expect((box as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('claim-selected') as HTMLButtonElement).disabled).toBe(true);
  });

  it('at the holding cap every Claim is disabled', async () => {
    renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, globex]), quotaMock(2, 200)] });
    await waitFor(() => expect(screen.getByTestId('claim-quota').getAttribute('data-holdings')).toBe('200'));
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    for (const button of screen.getAllByTestId('claim-button')) expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('with one claim left a second customer cannot be ticked', async () => {
    renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, globex]), quotaMock(9)] });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('claim-quota').getAttribute('data-claimed')).toBe('9'));
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('pool-select');
    await user.click(first);
    expect((first as HTMLInputElement).checked).toBe(true);
    expect((second as HTMLButtonElement).disabled).toBe(true);
    for (const button of screen.getAllByTestId('claim-button')) expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('in a cooldown the card says from when it can be claimed, and its Claim is disabled', async () => {
    const held = poolNode({ id: 'p3', companyName: 'Initech', claimHold: { __typename: 'ClaimHold', code: 'PREVIOUS_OWNER_COOLDOWN', until: IN_A_MONTH } });
    renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, held]), quotaMock(3)] });
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    const [free, cooling] = screen.getAllByTestId('pool-card');
    expect((within(free).getByTestId('claim-button') as HTMLButtonElement).disabled).toBe(false);
    expect((within(cooling).getByTestId('claim-button') as HTMLButtonElement).disabled).toBe(true);
    expect((within(cooling).getByTestId('pool-select') as HTMLButtonElement).disabled).toBe(true);
    expect(within(cooling).getByTestId('claim-hold').textContent).toBe(`You held this customer until recently: you can claim it again on ${fmt.dayMonth(IN_A_MONTH)}.`);
  });

  it('speaks Chinese, with dates in the team zone', async () => {
    const held = poolNode({ id: 'p3', companyName: 'Initech', claimHold: { __typename: 'ClaimHold', code: 'PREVIOUS_OWNER_COOLDOWN', until: IN_A_MONTH } });
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, held]), quotaMock(3)],
    });

    expect((await screen.findByTestId('claim-quota')).textContent).toContain('今日已领取 3/10 · 持有 45/200');
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    expect(screen.getByRole('heading', { name: '公海' })).toBeTruthy();
    const [free, cooling] = screen.getAllByTestId('pool-card');
    expect(within(free).getByTestId('pool-time').textContent).toBe('已在公海 3 天');
    expect(within(free).getByTestId('pool-reason').textContent).toBe('30 天无有效跟进');
    expect(within(free).getByTestId('pool-previous-owner').textContent).toBe('原负责人：Emma Novak · North sales');
    expect(within(free).getByTestId('claim-button').textContent).toBe('领取');
    const day = createI18n('zh-CN', 'Asia/Shanghai').fmt.dayMonth(IN_A_MONTH);
    expect(day).toMatch(/^\d{1,2}月\d{1,2}日$/);
    expect(within(cooling).getByTestId('claim-hold').textContent).toBe(`你最近负责过该客户，${day}起可再次领取。`);
  });

  it('opens the history of the customer a link names (?customer=), titled with its name, and forgets the link once closed', async () => {
    renderWithProviders(<PoolPage />, {
      route: '/pool?customer=p1',
      mocks: [lookupsMock(false), poolFilterValuesMock(), poolMock([acme, globex]), quotaMock(3), historyMock('p1')],
    });
    const dialog = await screen.findByTestId('pool-history-dialog');
    expect(dialog.dataset.customerId).toBe('p1');
    expect(await screen.findByRole('heading', { name: 'Acme' })).toBeTruthy();
    await userEvent.setup().keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('pool-history-dialog')).toBeNull());
    expect(screen.getByTestId('location').textContent).toBe('/pool');
  });
});
