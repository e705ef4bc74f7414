import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { MANAGER, REP, renderWithProviders } from '../../../test/render';
import { departmentsMock, myCustomersChangedEvent, poolChangedEvent, quiet, repLoad, teamLoadMock, teamLoadResult } from '../../../test/team-fixtures';
import { TEAM_LOAD_QUERY } from '../hooks/useTeamLoad';
import { TeamPage } from './TeamPage';

const liWei = (overrides = {}) => repLoad('u2', 'Li Wei', { holdings: 184, claimsToday: 3, ...overrides }, true);
const emma = (overrides = {}) => repLoad('u3', 'Emma Novak', { holdings: 40, claimsToday: 0, recyclesIn7Days: 5, ...overrides });

const row = (repId: string) => screen.getAllByTestId('team-row').find((r) => r.dataset.repId === repId)!;
const figure = (container: HTMLElement, name: string) =>
  within(container).getAllByTestId('team-figure').find((a) => a.dataset.figure === name)!;
const total = (name: string) => screen.getAllByTestId('team-total').find((t) => t.dataset.figure === name)!;

describe('TeamPage', () => {
  it('shows a manager each rep’s figures against the caps, the totals on top, and flags a rep near the cap', async () => {
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      mocks: [departmentsMock(), teamLoadMock(null, [emma(), liWei()]), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION)],
    });

    await screen.findByTestId('team-table');
    expect(screen.getByTestId('team-caps').textContent).toContain('Holding cap 200 (won customers not counted) · daily claim limit 10');
    expect(screen.getAllByTestId('team-rep-name').map((n) => n.textContent)).toEqual(['Emma Novak', 'Li Wei']);

    expect(figure(row('u2'), 'HOLDINGS').textContent).toBe('184');
    expect(row('u2').textContent).toContain('/ 200');
    expect(within(row('u2')).getByTestId('holding-bar').dataset.nearCap).toBe('true');
    expect(within(row('u2')).getByTestId('near-cap')).toBeTruthy();
    expect(within(row('u3')).queryByTestId('near-cap')).toBeNull();
    expect(figure(row('u2'), 'CLAIMED_TODAY').textContent).toBe('3');
    expect(row('u2').textContent).toContain('3 / 10');
    expect(figure(row('u3'), 'RECYCLES_IN_7_DAYS').textContent).toBe('5');
    expect(within(row('u3')).getByTestId('team-last-activity').textContent).toBe('2 hours ago');

    expect(within(total('HOLDINGS')).getByTestId('team-total-figure').textContent).toBe('224');
    expect(within(total('CLAIMED_TODAY')).getByTestId('team-total-figure').textContent).toBe('3');
    expect(within(total('FOLLOWED_UP_IN_7_DAYS')).getByTestId('team-total-figure').textContent).toBe('24');
  });

  it('shows claims today as the daily limit counts them, and links the ones still held apart when some were given back', async () => {
    const gaveBack = { ...liWei({ claimsToday: 8 }), claimsUsed: 10 };
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      mocks: [departmentsMock(), teamLoadMock(null, [emma(), gaveBack]), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION)],
    });
    await screen.findByTestId('team-table');
    // At the limit, as the rep's own claim button says; 8 of those 10 customers are still theirs.
    expect(within(row('u2')).getByTestId('team-claims-used').textContent).toBe('10');
    expect(row('u2').textContent).toContain('10 / 10 (8 still held)');
    expect(figure(row('u2'), 'CLAIMED_TODAY').textContent).toBe('8');
    expect(within(row('u3')).queryByTestId('team-claims-used')).toBeNull();
  });

  it('links every number to exactly its customers in the list, and says how each is counted', async () => {
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      mocks: [departmentsMock(), teamLoadMock(null, [emma(), liWei()]), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION)],
      otherRoutes: { '/customers': <div data-testid="customer-list" /> },
    });
    await screen.findByTestId('team-table');

    expect(figure(row('u2'), 'HOLDINGS').getAttribute('href')).toBe('/customers?figure=HOLDINGS&rep=u2');
    expect(figure(row('u3'), 'PROTECTION_ENDS_IN_3_DAYS').getAttribute('href')).toBe('/customers?figure=PROTECTION_ENDS_IN_3_DAYS&rep=u3');
    expect(figure(row('u3'), 'FOLLOWED_UP_IN_7_DAYS').getAttribute('href')).toBe('/customers?figure=FOLLOWED_UP_IN_7_DAYS&rep=u3');
    // Everyone the manager may see: no department in the filter.
    expect(within(total('RECYCLES_IN_7_DAYS')).getByTestId('team-total-figure').getAttribute('href')).toBe('/customers?figure=RECYCLES_IN_7_DAYS');
    expect(screen.getAllByRole('button', { name: 'How “Recycles ≤ 7 days” is counted' })[0].dataset.definition).toContain('if nobody followed up');

    await userEvent.setup().click(figure(row('u2'), 'CLAIMED_TODAY'));
    expect((await screen.findByTestId('location')).textContent).toBe('/customers');
    expect(screen.getByTestId('customer-list')).toBeTruthy();
  });

  it('shows a picked department, whose totals open that department’s customers', async () => {
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      mocks: [
        departmentsMock(),
        teamLoadMock(null, [emma(), liWei()]),
        teamLoadMock('d1', [emma()], { __typename: 'Department', id: 'd1', name: 'East sales' }),
        quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION),
        quiet(POOL_CHANGED_SUBSCRIPTION),
      ],
    });
    await screen.findByTestId('team-table');
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'Department' }));
    const options = await screen.findAllByRole('option');
    // A tree: Sales, then its children by name.
    expect(options.map((o) => o.textContent)).toEqual(['Everyone you can see', 'Sales', 'East sales', 'North sales']);
    await user.click(screen.getByRole('option', { name: 'East sales' }));

    await waitFor(() => expect(screen.getByTestId('team-load').dataset.departmentId).toBe('d1'));
    expect(screen.getAllByTestId('team-row')).toHaveLength(1);
    expect(within(total('HOLDINGS')).getByTestId('team-total-figure').getAttribute('href')).toBe('/customers?figure=HOLDINGS&department=d1');
  });

  it('reads the load again when a claim or an assignment is heard, without a reload', async () => {
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      mocks: [
        departmentsMock(),
        teamLoadMock(null, [emma(), liWei()]),
        // rep3's customer assigned to Emma: heard on myCustomersChanged.
        teamLoadMock(null, [emma({ holdings: 41 }), liWei()]),
        myCustomersChangedEvent('ASSIGNED', ['c7']),
        // Li Wei claimed from the pool: heard on poolChanged, after the first answer is in.
        teamLoadMock(null, [emma({ holdings: 41 }), liWei({ holdings: 185, claimsToday: 4 })]),
        poolChangedEvent('CLAIMED', ['c8'], 1_500),
      ],
    });
    await screen.findByTestId('team-table');
    expect(figure(row('u3'), 'HOLDINGS').textContent).toBe('40');

    await waitFor(() => expect(figure(row('u3'), 'HOLDINGS').textContent).toBe('41'));
    await waitFor(() => expect(figure(row('u2'), 'CLAIMED_TODAY').textContent).toBe('4'));
    expect(figure(row('u2'), 'HOLDINGS').textContent).toBe('185');
    expect(within(total('HOLDINGS')).getByTestId('team-total-figure').textContent).toBe('226');
  });

  it('shows a rep their own row only, without totals or a department picker', async () => {
    const own = repLoad(REP.id, REP.name, { holdings: 12, claimsToday: 1 });
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: REP,
      mocks: [teamLoadMock(null, [own]), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION)],
    });

    await screen.findByTestId('team-table');
    expect(screen.getAllByTestId('team-row')).toHaveLength(1);
    expect(figure(row(REP.id), 'HOLDINGS').getAttribute('href')).toBe(`/customers?figure=HOLDINGS&rep=${REP.id}`);
    expect(screen.queryByTestId('team-totals')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Department' })).toBeNull();
  });

  it('speaks Chinese, with times in the team’s zone', async () => {
    const result = teamLoadResult([emma(), { ...liWei({ claimsToday: 8 }), claimsUsed: 10 }]);
    result.data.teamLoad.asOf = '2026-11-20T09:30:00.000Z';
    renderWithProviders(<TeamPage />, {
      route: '/team',
      user: MANAGER,
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      mocks: [
        departmentsMock(),
        { request: { query: TEAM_LOAD_QUERY, variables: { departmentId: null } }, result, maxUsageCount: 1 },
        quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION),
        quiet(POOL_CHANGED_SUBSCRIPTION),
      ],
    });

    await screen.findByTestId('team-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('团队');
    expect(screen.getByTestId('team-caps').textContent).toBe('持有上限 200（赢单客户不计入）· 每日领取上限 10 · 数据时间：2026年11月20日 17:30');
    expect(within(row('u3')).getByTestId('team-last-activity').textContent).toBe('2小时前');
    expect(row('u2').textContent).toContain('10 / 10（仍持有 8 个）');
    expect(screen.getAllByRole('button', { name: '“7 天内回收”如何统计' })[0].dataset.definition).toContain('若无人跟进');
    expect(figure(row('u2'), 'HOLDINGS').getAttribute('aria-label')).toBe('查看Li Wei的“持有客户”客户');
  });
});
