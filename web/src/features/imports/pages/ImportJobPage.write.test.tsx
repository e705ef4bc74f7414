import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FOLLOW_POLL_MS } from '../hooks/useImportJob';
import {
  cancelMock,
  importJob,
  importRow,
  jobMock,
  liveJobMock,
  outcomeCounts,
  outcomeRowsMock,
  pace,
  progressEvent,
  quietProgress,
  renderImportJob,
  RITA,
  rowCustomer,
  servedDestination,
  type ServedImportJob,
  writeProgress,
} from '../imports-test-mocks';

const STARTED = '2026-12-01T09:10:00.000Z';
const chosen = {
  choices: { __typename: 'ImportChoices', newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' },
  destination: servedDestination('POOL'),
};
const importing = (doneRows: number, overrides: Partial<ServedImportJob> = {}) =>
  importJob('IMPORTING', { totalRows: 600, checkedRows: 600, importStartedAt: STARTED, doneRows, ...chosen, ...overrides });

const line = () => screen.getByTestId('import-write-line').textContent;
const rows = () => screen.getAllByTestId('import-review-row');
const why = (row: HTMLElement) => within(row).getByTestId('import-row-why').textContent;

afterEach(() => {
  vi.useRealTimers();
});

describe('an import being written', { timeout: 30_000 }, () => {
  it('shows rows done, and the pace and the time left the server sends with a progress event, whatever the browser’s clock says', async () => {
    // The browser's clock is a year behind the server's: the pace comes from the server, so it does not matter.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-12-01T09:10:00.000Z'));
    renderImportJob([
      jobMock(importing(0), Number.POSITIVE_INFINITY),
      progressEvent(writeProgress('IMPORTING', 100, 600, STARTED, { CREATED: 90, SKIPPED: 10 }, pace(2, 250))),
    ]);
    expect((await screen.findByTestId('import-write-progress')).dataset.done).toBe('0');
    expect(screen.getByTestId('import-write-pace').textContent).toBe('Measuring the pace…');
    await waitFor(() => expect(line()).toBe('100 of 600 rows done'));
    expect(screen.getByTestId('import-write-pace').textContent).toBe('2 rows/s · 4 min left');
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('17');
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('import');
    expect(screen.queryByTestId('import-commit')).toBeNull();
    expect(screen.queryByTestId('import-review')).toBeNull();
  });

  it('shows the pace the server sends with the job, and says so under a minute', async () => {
    renderImportJob([jobMock(importing(590, { pace: pace(12.4, 1) }), Number.POSITIVE_INFINITY), quietProgress()]);
    await waitFor(() => expect(screen.getByTestId('import-write-pace').textContent).toBe('12 rows/s · less than a minute left'));
    expect(line()).toBe('590 of 600 rows done');
  });

  it('reads the job again every few seconds, so it follows the write and reaches its end when the live events are lost', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const done = importJob('DONE', {
      totalRows: 600, checkedRows: 600, importStartedAt: STARTED, finishedAt: '2026-12-01T09:15:00.000Z', doneRows: 600, ...chosen,
      outcomeCounts: outcomeCounts({ CREATED: 590, SKIPPED: 10 }),
    });
    renderImportJob([
      jobMock(importing(0)),
      quietProgress(),
      jobMock(importing(300)),
      jobMock(done, Number.POSITIVE_INFINITY),
      outcomeRowsMock('CREATED', [importRow(2, 'NEW', ['Company 2', null, null, null, null], { outcome: 'CREATED', customer: rowCustomer('c2', 'Company 2', true) })]),
    ]);
    await waitFor(() => expect(line()).toBe('0 of 600 rows done'));
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS);
    await waitFor(() => expect(line()).toBe('300 of 600 rows done'));
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS);
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('DONE'));
    expect(screen.queryByTestId('import-write-progress')).toBeNull();
    expect(screen.getByTestId('import-outcome-CREATED').dataset.count).toBe('590');
  });

  it('reads the job again when a progress event says the write is over', async () => {
    const done = importJob('DONE', {
      totalRows: 600, checkedRows: 600, importStartedAt: STARTED, finishedAt: '2026-12-01T09:15:00.000Z', doneRows: 600, ...chosen,
      outcomeCounts: outcomeCounts({ CREATED: 600 }),
    });
    renderImportJob([
      jobMock(importing(100)),
      progressEvent(writeProgress('DONE', 600, 600, STARTED, { CREATED: 600 })),
      jobMock(done, Number.POSITIVE_INFINITY),
      outcomeRowsMock('CREATED', []),
    ]);
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('DONE'));
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('import');
    expect(await screen.findByTestId('import-outcomes')).toBeTruthy();
  });

  it('cancels on the uploader’s word: what is written stays, the rest ends cancelled', async () => {
    const cancelled = importJob('CANCELLED', {
      totalRows: 600, checkedRows: 600, importStartedAt: STARTED, finishedAt: '2026-12-01T09:12:00.000Z', doneRows: 600, ...chosen,
      outcomeCounts: outcomeCounts({ CREATED: 100, CANCELLED: 500 }),
    });
    const called: string[] = [];
    const user = renderImportJob([
      // A read of the job racing the cancel answers as the server would at that moment.
      liveJobMock(() => (called.length ? cancelled : importing(100))),
      quietProgress(),
      cancelMock(cancelled, called),
      outcomeRowsMock('CREATED', [importRow(2, 'NEW', ['Company 2', null, null, null, null], { outcome: 'CREATED', customer: rowCustomer('c2', 'Company 2', true) })]),
    ]);
    await user.click(await screen.findByTestId('cancel-import'));
    const dialog = await screen.findByTestId('cancel-import-dialog');
    expect(within(dialog).getByText('The rows written so far stay in Berth; the rows not reached yet are not imported.')).toBeTruthy();
    await user.click(within(dialog).getByTestId('confirm-cancel-import'));
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('CANCELLED'));
    expect(called).toEqual(['12']);
    expect(screen.getByTestId('import-outcome-line').textContent).toMatch(/^Cancelled Dec 1, 2026, 9:12\sAM; the rows written before it stay\. 600 rows, each with one outcome\.$/);
    expect(screen.getByTestId('import-outcome-CANCELLED').dataset.count).toBe('500');
    expect(screen.getByTestId('import-result-xlsx').getAttribute('href')).toBe('/api/imports/12/result?format=xlsx&lang=en');
  });

  it('offers no cancel to a manager looking at a rep’s import', async () => {
    renderImportJob([jobMock(importing(100, { createdBy: RITA }), Number.POSITIVE_INFINITY), quietProgress()]);
    expect(await screen.findByTestId('import-write-progress')).toBeTruthy();
    expect(screen.queryByTestId('cancel-import')).toBeNull();
  });
});

const spread = {
  ...chosen,
  destination: servedDestination('SPREAD', ['u2', 'u3'], 'ROUND_ROBIN'),
};
const finished = importJob('DONE', {
  importStartedAt: STARTED, finishedAt: '2026-12-01T09:11:00.000Z', doneRows: 30, checkedRows: 30, ...spread,
  outcomeCounts: outcomeCounts({ CREATED: 24, FILLED: 1, MERGED: 1, SKIPPED: 3, FAILED: 1 }),
});
const ADA_OWNS = { name: 'Ada Rep', departmentName: 'East sales' };
const created = importRow(2, 'NEW', ['Harbour Textiles Limited', 'Ann Lee', null, null, null], {
  outcome: 'CREATED', customer: rowCustomer('c41', 'Harbour Textiles Limited', false, ADA_OWNS),
});
// Ben's since handed it to another team: the manager may no longer open it, and it is renamed.
const createdOutOfReach = importRow(6, 'NEW', ['Soylent', null, null, null, null], {
  outcome: 'CREATED', customer: rowCustomer(null, 'Soylent Corporation', false, { name: 'Zhang Min', departmentName: 'North sales' }),
});
const filled = importRow(4, 'MATCHES_POOL', ['Delta Foods Co.', 'Bob', null, null, null], { outcome: 'FILLED', customer: rowCustomer('c5', 'Delta Foods Co', true) });
const merged = importRow(9, 'DUPLICATE_IN_FILE', ['Harbour Textiles', 'Tom', null, null, null], {
  earlierRow: 2, outcome: 'MERGED', customer: rowCustomer('c41', 'Harbour Textiles Limited', false, ADA_OWNS),
});
const skipped = [
  importRow(3, 'MATCHES_OWNED', ['Globex', null, null, null, null], { outcome: 'SKIPPED', outcomeReason: 'OWNED_BY_SOMEONE' }),
  importRow(7, 'INVALID', ['Acme Trading', 'Cid', null, 'not-an-email', null], {
    outcome: 'SKIPPED', outcomeReason: 'INVALID_FIELDS', problems: [{ field: 'email', rule: 'INVALID_EMAIL', message: 'is not a valid email address' }],
  }),
  importRow(11, 'MATCHES_POOL', ['Initech', null, null, null, null], { outcome: 'SKIPPED', outcomeReason: 'LEFT_POOL_SINCE_CHECK' }),
];
const failed = importRow(12, 'NEW', ['Umbrella', null, null, null, null], { outcome: 'FAILED', outcomeReason: 'HOLDING_CAP_REACHED' });

describe('a written import', { timeout: 30_000 }, () => {
  it('counts the rows per outcome, lists each outcome’s rows with what became of them, and offers the result file', async () => {
    // No team list: the reps are named by the import itself.
    const user = renderImportJob([
      jobMock(finished, Number.POSITIVE_INFINITY),
      outcomeRowsMock('CREATED', [created, createdOutOfReach]),
      outcomeRowsMock('FILLED', [filled]),
      outcomeRowsMock('MERGED', [merged]),
      outcomeRowsMock('SKIPPED', skipped),
      outcomeRowsMock('FAILED', [failed]),
    ]);
    const chips = await screen.findByTestId('import-outcome-counts');
    expect(within(chips).getAllByRole('button').map((c) => c.textContent)).toEqual([
      'Created24', 'Blank fields filled1', 'Contact added1', 'Skipped3', 'Failed1', 'Cancelled0',
    ]);
    expect(screen.getByTestId('import-outcome-line').textContent).toMatch(/^Finished Dec 1, 2026, 9:11\sAM: 30 rows, each with one outcome\.$/);
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('import');
    expect(screen.queryByTestId('import-check-progress')).toBeNull();
    expect((await screen.findByTestId('import-chosen-destination')).textContent).toBe('New customers are spread across Ada Rep and Ben Rep (Round-robin).');

    // Each row names its customer as it stands now: owned and visible, on the customer's page…
    await waitFor(() => expect(rows().map((r) => r.dataset.row)).toEqual(['2', '6']));
    expect(why(rows()[0])).toBe('New customer · Harbour Textiles Limited');
    expect(within(rows()[0]).getByTestId('import-row-link').getAttribute('href')).toBe('/customers/c41');
    // …out of the viewer's reach, by name only.
    expect(why(rows()[1])).toBe('New customer · Soylent Corporation');
    expect(within(rows()[1]).queryByTestId('import-row-link')).toBeNull();

    // In the pool, in the pool.
    await user.click(screen.getByTestId('import-outcome-FILLED'));
    await waitFor(() => expect(rows().map((r) => r.dataset.row)).toEqual(['4']));
    expect(why(rows()[0])).toBe("The pool customer's blank fields filled · Delta Foods Co");
    expect(within(rows()[0]).getByTestId('import-row-link').getAttribute('href')).toBe('/pool?customer=c5');

    await user.click(screen.getByTestId('import-outcome-MERGED'));
    await waitFor(() => expect(rows().map((r) => r.dataset.row)).toEqual(['9']));
    expect(why(rows()[0])).toBe('Contact added to the customer of row 2 · Harbour Textiles Limited');
    expect(within(rows()[0]).getByTestId('import-row-link').getAttribute('href')).toBe('/customers/c41');

    await user.click(screen.getByTestId('import-outcome-SKIPPED'));
    await waitFor(() => expect(rows().map((r) => r.dataset.row)).toEqual(['3', '7', '11']));
    expect(rows().map(why)).toEqual([
      'Already in Berth, owned by a colleague',
      'A field is wrong',
      'The pool customer was claimed or assigned after the check',
    ]);
    expect(within(rows()[1]).getAllByTestId('import-row-problem').map((p) => p.textContent)).toEqual(['Email is not a valid email address']);
    expect(within(rows()[0]).queryByTestId('import-row-link')).toBeNull();

    await user.click(screen.getByTestId('import-outcome-FAILED'));
    await waitFor(() => expect(rows().map((r) => r.dataset.row)).toEqual(['12']));
    expect(why(rows()[0])).toBe('Every receiving rep is at their holding cap');

    await user.click(screen.getByTestId('import-outcome-CANCELLED'));
    expect((await screen.findByTestId('import-rows-empty')).textContent).toBe('No rows here.');

    expect(screen.getByTestId('import-result-xlsx').getAttribute('href')).toBe('/api/imports/12/result?format=xlsx&lang=en');
    expect(screen.getByTestId('import-result-xlsx').hasAttribute('download')).toBe(true);
    expect(screen.getByTestId('import-result-csv').getAttribute('href')).toBe('/api/imports/12/result?format=csv&lang=en');
  });

  it('names the reps as the import names them, the viewer as you, and counts them when one is no longer found', async () => {
    const toRitaAndMia = { ...finished, createdBy: RITA, destination: servedDestination('SPREAD', ['u1', 'u9'], 'ROUND_ROBIN') };
    renderImportJob([jobMock(toRitaAndMia, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', [])]);
    expect((await screen.findByTestId('import-chosen-destination')).textContent).toBe('New customers are spread across Rita Rep and you (Round-robin).');
  });

  it('counts the reps when the server no longer finds one of them', async () => {
    const gone = { ...finished, destination: { ...servedDestination('SPREAD', ['u2', 'u3'], 'ROUND_ROBIN'), users: [{ __typename: 'User', id: 'u2', name: 'Ada Rep' }] } };
    renderImportJob([jobMock(gone, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', [])]);
    expect((await screen.findByTestId('import-chosen-destination')).textContent).toBe('New customers are spread across 2 reps (Round-robin).');
  });

  it('links pool imports to the pool, and words outcomes, reasons and the result file in Chinese', async () => {
    const toPool = { ...finished, ...chosen, outcomeCounts: outcomeCounts({ CREATED: 24, SKIPPED: 6 }) };
    const user = renderImportJob([
      jobMock(toPool, Number.POSITIVE_INFINITY),
      outcomeRowsMock('CREATED', [
        importRow(2, 'NEW', ['Harbour Textiles Limited', 'Ann Lee', null, null, null], { outcome: 'CREATED', customer: rowCustomer('c41', 'Harbour Textiles Limited', true) }),
        importRow(5, 'NEW', ['Initech', null, null, null, null], { outcome: 'CREATED', customer: rowCustomer('c42', 'Initech', false, { name: 'Rita Rep', departmentName: 'East sales' }) }),
      ]),
      outcomeRowsMock('SKIPPED', [skipped[0]]),
    ], { locale: 'zh-CN' });
    const chips = await screen.findByTestId('import-outcome-counts');
    expect(within(chips).getAllByRole('button').map((c) => c.textContent)).toEqual([
      '已新建24', '已补全空白字段0', '已添加联系人0', '已跳过6', '失败0', '已取消0',
    ]);
    expect(screen.getByTestId('import-chosen-destination').textContent).toBe('新客户进入公海。');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(why(rows()[0])).toBe('新客户，在公海中 · Harbour Textiles Limited');
    expect(within(rows()[0]).getByTestId('import-row-link').getAttribute('href')).toBe('/pool?customer=c41');
    // Claimed from the pool since the import: where it stands now, on its page.
    expect(why(rows()[1])).toBe('新客户 · Initech');
    expect(within(rows()[1]).getByTestId('import-row-link').getAttribute('href')).toBe('/customers/c42');
    await user.click(screen.getByTestId('import-outcome-SKIPPED'));
    await waitFor(() => expect(rows().map((r) => r.dataset.row)).toEqual(['3']));
    expect(why(rows()[0])).toBe('系统中已有此客户，且已有负责人');
    expect(screen.getByTestId('import-result-csv').getAttribute('href')).toBe('/api/imports/12/result?format=csv&lang=zh');
  });
});
