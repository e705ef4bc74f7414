import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lookupsMock } from '../../../test/customer-fixtures';
import { poolAnalytics, poolAnalyticsMock, returnReasonsMock, sourcesMock } from '../../../test/analytics-fixtures';
import { MANAGER, REP, errorResult, renderWithProviders } from '../../../test/render';
import { departmentsMock, poolChangedEvent, quiet } from '../../../test/team-fixtures';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { POOL_ANALYTICS_QUERY } from '../hooks/usePoolAnalytics';
import { AnalyticsPage } from './AnalyticsPage';

const DEFAULT = { preset: 'LAST_30_DAYS', bucket: 'DAY' } as const;
const options = () => [lookupsMock(true), departmentsMock(), sourcesMock(), returnReasonsMock()];
const quietEvents = () => [quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION), quiet(POOL_CHANGED_SUBSCRIPTION)];
const chart = (id: string) => screen.getByTestId(`chart-${id}`);

async function choose(label: string | RegExp, option: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

afterEach(() => vi.restoreAllMocks());

describe('AnalyticsPage', () => {
  it('shows the figures, the cohorts with empty cells for too-young ones, the churn loops, and each definition', async () => {
    renderWithProviders(<AnalyticsPage />, { route: '/analytics', user: MANAGER, mocks: [...options(), poolAnalyticsMock(DEFAULT), ...quietEvents()] });

    const page = await screen.findByTestId('pool-analytics');
    expect(page.dataset.buckets).toBe('3');
    expect(screen.getByTestId('analytics-range-caption').textContent).toContain('Asia/Shanghai');
    expect(screen.getByTestId('dwell-median').textContent).toBe('12.5 days');
    expect(screen.getByTestId('dwell-p90').textContent).toBe('48 days');
    expect(screen.getByTestId('dead-stock-share').textContent).toBe('20%');
    expect(chart('dead-stock').textContent).toContain('25 of 125 pool customers');

    const claimed = screen.getAllByTestId('cohort-row').find((r) => r.dataset.kind === 'CLAIMED')!;
    const cells = within(claimed).getAllByTestId('cohort-cell');
    expect(cells.map((c) => [c.dataset.share, c.dataset.empty, c.textContent])).toEqual([
      ['wonWithin30Days', 'false', '20%'],
      ['wonWithin60Days', 'true', ''],
      ['wonWithin90Days', 'true', ''],
      ['activatedWithin48Hours', 'false', '70%'],
    ]);

    const loop = screen.getByTestId('churn-loop');
    expect(loop.textContent).toContain('上海远航物流有限公司');
    expect(loop.textContent).toContain('recycled 4×');
    expect(within(loop).getByRole('link').getAttribute('href')).toBe('/customers/c9');

    expect(screen.getByTestId('chart-churn-loops-definition').dataset.definition).toContain('3 or more times in the 365 team days');
    expect(screen.getByTestId('chart-frequency-definition').dataset.definition).toContain('average holdings');
    for (const id of ['stock', 'flows', 'reasons', 'frequency', 'conversion', 'boomerang-rep', 'boomerang-source', 'dwell', 'dead-stock', 'churn-loops']) {
      expect(within(chart(id)).getByRole('button', { name: /Export .* as CSV/ })).toBeTruthy();
    }
  });

  it('exports a chart’s data as CSV with a byte order mark, quoting what needs it', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<AnalyticsPage />, { route: '/analytics', user: MANAGER, mocks: [...options(), poolAnalyticsMock(DEFAULT), ...quietEvents()] });
    await screen.findByTestId('pool-analytics');
    const user = userEvent.setup();

    await user.click(screen.getByTestId('chart-boomerang-source-csv'));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('boomerang-rate-by-source-2026-11-01-2026-11-03.csv');
    // The file's first bytes are the UTF-8 byte order mark (Blob.text() would decode it away).
    expect([...new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await blobs[0].text()).toBe('Source,Claims and assignments,Back in the pool ≤ 30 days,Rate\r\n"Trade fair, Shanghai",5,1,0.2\r\n');

    await user.click(screen.getByTestId('chart-reasons-csv'));
    expect(await blobs[1].text()).toBe('Reason,Count\r\nNo budget this year,4\r\nOther,2\r\n');
  });

  it('asks again for another range', async () => {
    const week = poolAnalytics({ from: '2026-11-27', to: '2026-12-03', buckets: [] });
    renderWithProviders(<AnalyticsPage />, {
      route: '/analytics',
      user: MANAGER,
      mocks: [
        ...options(),
        poolAnalyticsMock(DEFAULT),
        poolAnalyticsMock({ preset: 'LAST_30_DAYS', bucket: 'WEEK' }, poolAnalytics({ bucket: 'WEEK' } as never)),
        poolAnalyticsMock({ preset: 'LAST_7_DAYS', bucket: 'WEEK' }, week),
        ...quietEvents(),
      ],
    });
    await screen.findByTestId('pool-analytics');

    await choose('Per', 'Week');
    await waitFor(() => expect(screen.getByTestId('pool-analytics').dataset.bucket).toBe('WEEK'));
    await choose('Range', 'Last 7 days');

    await waitFor(() => expect(screen.getByTestId('pool-analytics').dataset.from).toBe('2026-11-27'));
    expect(within(chart('stock')).getByTestId('chart-empty')).toBeTruthy();
  });

  it('says what is wrong with a custom range, in the error describer’s words, at its field', async () => {
    const refused = {
      request: { query: POOL_ANALYTICS_QUERY, variables: { input: { preset: 'CUSTOM', bucket: 'DAY', from: '2026-11-30', to: '2026-11-01' } } },
      result: errorResult('BAD_USER_INPUT', [{ field: 'input.to', message: 'The range ends before it starts.' }]),
    };
    renderWithProviders(<AnalyticsPage />, { route: '/analytics', user: MANAGER, mocks: [...options(), poolAnalyticsMock(DEFAULT), refused, ...quietEvents()] });
    await screen.findByTestId('pool-analytics');

    await choose('Range', 'Custom');
    expect(await screen.findByText('Choose both dates for a custom range.')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('analytics-from'), '2026-11-30');
    await user.type(screen.getByTestId('analytics-to'), '2026-11-01');

    expect((await screen.findByText('Some fields need attention.')).closest('[role="alert"]')).toBeTruthy();
    expect(await screen.findByText('The range ends before it starts.')).toBeTruthy();
  });

  it('reads the analytics again when the pool changes', async () => {
    const after = poolAnalytics({ deadStock: { __typename: 'DeadStock', poolSize: 126, dead: 25, share: 0.198 } } as never);
    renderWithProviders(<AnalyticsPage />, {
      route: '/analytics',
      user: MANAGER,
      mocks: [...options(), poolAnalyticsMock(DEFAULT), poolAnalyticsMock(DEFAULT, after), poolChangedEvent('RECYCLED', ['c1']), quiet(MY_CUSTOMERS_CHANGED_SUBSCRIPTION)],
    });
    await screen.findByTestId('pool-analytics');
    expect(screen.getByTestId('dead-stock-share').textContent).toBe('20%');

    await waitFor(() => expect(screen.getByTestId('dead-stock-share').textContent).toBe('19.8%'));
  });

  it('speaks Chinese to a Chinese manager: titles, figures, dates, columns and the file name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<AnalyticsPage />, {
      route: '/analytics',
      user: MANAGER,
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      mocks: [...options(), poolAnalyticsMock(DEFAULT), ...quietEvents()],
    });

    await screen.findByTestId('pool-analytics');
    expect(screen.getByRole('heading', { name: '公海分析' })).toBeTruthy();
    expect(screen.getByTestId('analytics-range-caption').textContent).toBe('2026年11月1日 – 2026年11月3日 · 按 Asia/Shanghai 时区计日');
    expect(screen.getByTestId('dwell-median').textContent).toBe('12.5 天');
    expect(chart('dead-stock').textContent).toContain('公海 125 个客户中的 25 个');
    expect(within(screen.getAllByTestId('cohort-row')[0]).getAllByRole('cell')[0].textContent).toBe('11月1日');
    expect(screen.getByTestId('churn-loop').textContent).toContain('回收 4 次');
    expect(within(chart('stock')).getByRole('button', { name: '将“公海存量”导出为 CSV' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByTestId('chart-boomerang-source-csv'));
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('各来源回流率-2026-11-01-2026-11-03.csv');
    expect(await blobs[0].text()).toBe('来源,领取和分配,30 天内回到公海,比率\r\n"Trade fair, Shanghai",5,1,0.2\r\n');
  });

  it('tells a rep the page is for managers, without asking the server', async () => {
    renderWithProviders(<AnalyticsPage />, { route: '/analytics', user: REP, mocks: [] });
    expect(await screen.findByText('Pool analytics are for managers and admins.')).toBeTruthy();
  });
});
