import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lookupsMock } from '../../../test/customer-fixtures';
import { poolMock, poolNode, quotaMock } from '../../../test/pool-fixtures';
import { errorResult, renderWithProviders } from '../../../test/render';
import { CLAIM_CUSTOMERS_MUTATION } from '../hooks/useClaimCustomers';
import { POOL_CUSTOMER_HISTORY_QUERY } from '../hooks/usePoolCustomerHistory';
import { PoolPage } from '../pages/PoolPage';
import { createI18n } from '../../../i18n/i18n';
import { historyMock, poolFilterValuesMock } from '../pool-test-mocks';

const acme = poolNode();
const globex = poolNode({ id: 'p2', companyName: 'Globex', entry: null });

async function openHistory(mocks: object[]) {
  renderWithProviders(<PoolPage />, { route: '/pool', mocks: [lookupsMock(false), poolFilterValuesMock(), quotaMock(3), poolMock([acme, globex]), ...mocks] as never });
  const user = userEvent.setup();
  await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
  await user.click(within(screen.getAllByTestId('pool-card')[0]).getByTestId('pool-history-button'));
  return { user, dialog: await screen.findByTestId('pool-history-dialog') };
}

describe('PoolHistoryDialog', { timeout: 20_000 }, () => {
  it("shows every pool entry and the previous owners' follow-ups, and claims from inside", async () => {
    const claim = {
      request: { query: CLAIM_CUSTOMERS_MUTATION, variables: { ids: ['p1'] } },
      result: { data: { claimCustomers: [{ __typename: 'ClaimResult', customerId: 'p1', ok: true, code: null, message: null, retryAt: null }] } },
    };
    const { user, dialog } = await openHistory([historyMock('p1'), claim, poolMock([globex]), quotaMock(4)]);

    const entries = await within(dialog).findAllByTestId('pool-history-entry');
    expect(entries.map((e) => e.getAttribute('data-kind'))).toEqual(['RECYCLED', 'RETURNED']);
    expect(entries[0].textContent).toContain('Recycled by the rules');
    expect(entries[0].textContent).toContain('No counted follow-up for 30 days');
    expect(entries[0].textContent).toContain('Held by Emma Novak · North sales');
    expect(entries[1].textContent).toContain('Returned by its owner');
    expect(entries[1].textContent).toContain('Not a fit — buys only through their parent company');
    expect(entries[1].textContent).toContain('Held by Li Wei · North team');
    expect(within(dialog).getByText('Logistics · East · Trade show')).toBeTruthy();

    const followUp = within(dialog).getByTestId('follow-up-item');
    expect(followUp.getAttribute('data-type')).toBe('VISIT');
    expect(followUp.textContent).toContain('Visited the warehouse; they want quotes in spring.');
    expect(followUp.textContent).toContain('by Emma Novak');
    expect(within(followUp).getByTestId('follow-up-when').textContent).toBe('2 days ago');

    await user.click(screen.getByTestId('pool-history-claim'));

    expect((await screen.findByTestId('snackbar')).textContent).toContain('Acme is now yours');
    await waitFor(() => expect(screen.queryByTestId('pool-history-dialog')).toBeNull());
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(1));
  });

  it('words each reason in Chinese: a recycle from its rule, a shipped return reason from its code, the note as written', async () => {
    renderWithProviders(<PoolPage />, {
      route: '/pool',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      mocks: [lookupsMock(false), poolFilterValuesMock(), quotaMock(3), poolMock([acme, globex]), historyMock('p1')] as never,
    });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('pool-card')).toHaveLength(2));
    await user.click(within(screen.getAllByTestId('pool-card')[0]).getByTestId('pool-history-button'));

    const entries = await within(await screen.findByTestId('pool-history-dialog')).findAllByTestId('pool-history-entry');
    expect(entries[0].textContent).toContain('30 天无有效跟进');
    expect(entries[1].textContent).toContain('不合适（buys only through their parent company）');
  });

  it('in a long cooldown, Claim inside is disabled and says from when, with the year', async () => {
    const held = historyMock('p1');
    const until = new Date(Date.now() + 400 * 86_400_000).toISOString();
    held.result.data.poolCustomer = { ...held.result.data.poolCustomer, claimHold: { __typename: 'ClaimHold', code: 'PREVIOUS_OWNER_COOLDOWN', until } } as never;
    const { dialog } = await openHistory([held]);

    expect((await within(dialog).findByTestId('pool-history-blocked')).textContent).toBe(
      `You held this customer until recently: you can claim it again on ${createI18n('en').fmt.date(until)}.`,
    );
    expect((screen.getByTestId('pool-history-claim') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when someone took the customer before the history loaded', async () => {
    const gone = { request: { query: POOL_CUSTOMER_HISTORY_QUERY, variables: { id: 'p1' } }, result: errorResult('NOT_FOUND') };
    const { dialog } = await openHistory([gone]);

    expect((await within(dialog).findByTestId('pool-history-error')).textContent).toBe('This customer is no longer in the pool: someone has it now.');
    expect((screen.getByTestId('pool-history-claim') as HTMLButtonElement).disabled).toBe(true);
  });
});
