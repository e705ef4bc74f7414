import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { errorResult, REP } from '../../../test/render';
import type { Viewer } from '../../auth/me-query';
import { FOLLOW_POLL_MS } from '../hooks/useImportJob';
import {
  importJob,
  importRow,
  jobMock,
  liveJobMock,
  outcomeCounts,
  outcomeRowsMock,
  progressEvent,
  quietProgress,
  renderImportJob,
  RITA,
  rowCustomer,
  servedDestination,
  type ServedImportJob,
  undoCounts,
  undoMock,
  undoProgress,
  undoRowsMock,
} from '../imports-test-mocks';

const ADMIN = { ...REP, id: 'u7', name: 'Ann Admin', role: 'ADMIN' } as Viewer;
const HOUR = 3_600_000;
const FINISHED = '2026-12-01T09:11:00.000Z';
/** The server's deadline for the undo (undoableUntil): 24 hours after the end, by its clock. */
const DEADLINE = '2026-12-02T09:11:00.000Z';
const hoursAfterEnd = (hours: number) => new Date(Date.parse(FINISHED) + hours * HOUR);

/** Mia's import of 30 rows into the pool: 5 new customers, the rest skipped. */
const written = {
  totalRows: 30, checkedRows: 30, doneRows: 30, importStartedAt: '2026-12-01T09:10:00.000Z', finishedAt: FINISHED,
  choices: { __typename: 'ImportChoices', newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' },
  destination: servedDestination('POOL'),
  outcomeCounts: outcomeCounts({ CREATED: 5, SKIPPED: 25 }),
};
/** Done, and the server offers the viewer its undo until DEADLINE. */
const done = importJob('DONE', { ...written, undoableUntil: DEADLINE });
const undoing = (removed: number, kept: number) => importJob('UNDOING', { ...written, undoCounts: undoCounts(removed, kept) });
const undone = importJob('UNDONE', { ...written, undoCounts: undoCounts(2, 3), undoneAt: '2026-12-01T10:00:00.000Z' });

const created = (row: number, name: string, customerId: string | null, extra: object = {}) =>
  importRow(row, 'NEW', [name, null, null, null, null], { outcome: 'CREATED', customer: customerId ? rowCustomer(customerId, name, true) : undefined, ...extra });
const createdRows = [created(2, 'Acme', 'c2'), created(3, 'Harbour Textiles', 'c3'), created(4, 'Globex', 'c4'), created(5, 'Initech', 'c5'), created(6, 'Soylent', 'c6')];

/** The job as `jobs` has it at each read in turn (the last one from then on); `reads` counts the reads. */
const countedJobMock = (jobs: ServedImportJob[], reads: { count: number }) => ({
  ...jobMock(jobs[0], Number.POSITIVE_INFINITY),
  result: () => {
    reads.count += 1;
    return { data: { importJob: jobs[Math.min(reads.count, jobs.length) - 1] } };
  },
});
const undoLine = () => screen.getByTestId('import-undo-line').textContent;

afterEach(() => {
  vi.useRealTimers();
});

describe('undoing an import: who is offered it, and until when', { timeout: 30_000 }, () => {
  it('offers the undo while the server names a deadline, saying it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(hoursAfterEnd(23));
    renderImportJob([jobMock(done, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', createdRows)]);
    expect((await screen.findByTestId('undo-import')).textContent).toBe('Undo import');
    expect(screen.getByTestId('import-undo-deadline').textContent).toMatch(/^Can be undone until Dec 2, 2026, 9:11\sAM\.$/);
  });

  it('says the server’s deadline, not one worked out from the end', async () => {
    // A deadline that is not 24 hours after finishedAt shows the page reads it as sent.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(hoursAfterEnd(1));
    renderImportJob([jobMock({ ...done, undoableUntil: '2026-12-02T08:00:00.000Z' }, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', createdRows)]);
    await screen.findByTestId('undo-import');
    expect(screen.getByTestId('import-undo-deadline').textContent).toMatch(/^Can be undone until Dec 2, 2026, 8:00\sAM\.$/);
  });

  // The server names no deadline when the day has passed by its clock (whatever the browser's says),
  // to a viewer who is neither the uploader nor an admin, or for an import that created nobody.
  it.each([
    ['the day has passed by the server’s clock, though not by the browser’s', done, hoursAfterEnd(23)],
    ['a manager looks at a rep’s import', { ...done, createdBy: RITA }, hoursAfterEnd(1)],
    ['the import created nobody', { ...done, outcomeCounts: outcomeCounts({ CREATED: 0, SKIPPED: 30 }) }, hoursAfterEnd(1)],
  ])('offers no undo when the server names no deadline: %s', async (_, job, now) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const created = job.outcomeCounts.CREATED > 0;
    renderImportJob([jobMock({ ...job, undoableUntil: null }, Number.POSITIVE_INFINITY), created ? outcomeRowsMock('CREATED', createdRows) : outcomeRowsMock('SKIPPED', [])]);
    expect(await screen.findByTestId('import-outcomes')).toBeTruthy();
    expect(screen.queryByTestId('import-undo')).toBeNull();
  });

  it('offers no undo once the deadline has passed by the page’s clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(hoursAfterEnd(25));
    renderImportJob([jobMock(done, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', createdRows)]);
    expect(await screen.findByTestId('import-outcomes')).toBeTruthy();
    expect(screen.queryByTestId('import-undo')).toBeNull();
  });

  it('takes the offer away when the deadline passes while the page is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date(Date.parse(DEADLINE) - 30_000));
    renderImportJob([jobMock(done, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', createdRows)]);
    expect(await screen.findByTestId('undo-import')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(60_000);
    await waitFor(() => expect(screen.queryByTestId('import-undo')).toBeNull());
  });

  it('offers an admin the undo of someone else’s import when the server does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(hoursAfterEnd(1));
    renderImportJob([jobMock({ ...done, createdBy: RITA }, Number.POSITIVE_INFINITY), outcomeRowsMock('CREATED', createdRows)], { user: ADMIN });
    expect(await screen.findByTestId('undo-import')).toBeTruthy();
  });
});

describe('undoing an import', { timeout: 30_000 }, () => {
  it('asks first, saying what goes and what stays, then sends undoImport and follows the undo', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(hoursAfterEnd(2));
    const called: string[] = [];
    const user = renderImportJob([
      // A read of the job racing the undo answers as the server would at that moment.
      liveJobMock(() => (called.length ? undoing(0, 0) : done)),
      undoMock('12', { data: { undoImport: undoing(0, 0) } }, called),
      quietProgress(),
      outcomeRowsMock('CREATED', createdRows),
    ]);
    await user.click(await screen.findByTestId('undo-import'));
    const dialog = await screen.findByTestId('undo-import-dialog');
    expect(within(dialog).getByText('Berth removes the customers this import created (5 customers) that nobody has worked on since.')).toBeTruthy();
    expect(within(dialog).getByText('Customers someone has claimed, been given, returned, followed up or changed since are kept, and each row says why.')).toBeTruthy();
    expect(within(dialog).getByText('Blank fields filled on pool customers and contacts added to customers already in Berth stay.')).toBeTruthy();

    // Keeping it sends nothing.
    await user.click(within(dialog).getByTestId('keep-import'));
    await waitFor(() => expect(screen.queryByTestId('undo-import-dialog')).toBeNull());
    expect(called).toEqual([]);

    await user.click(screen.getByTestId('undo-import'));
    await user.click(within(await screen.findByTestId('undo-import-dialog')).getByTestId('confirm-undo-import'));
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('UNDOING'));
    expect(called).toEqual(['12']);
    expect(screen.getByTestId('import-status').textContent).toBe('Undoing');
    expect(screen.getByTestId('import-undo-line').textContent).toBe('0 of 5 created customers gone through: 0 removed, 0 kept');
    expect(screen.queryByTestId('undo-import')).toBeNull();
  });

  it('shows a refusal by its code, in the viewer’s words', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(hoursAfterEnd(2));
    const user = renderImportJob([jobMock(done, Number.POSITIVE_INFINITY), undoMock('12', errorResult('UNDO_WINDOW_PASSED')), outcomeRowsMock('CREATED', createdRows)]);
    await user.click(await screen.findByTestId('undo-import'));
    await user.click(within(await screen.findByTestId('undo-import-dialog')).getByTestId('confirm-undo-import'));
    const refusal = await screen.findByTestId('import-undo-error');
    expect(refusal.dataset.code).toBe('UNDO_WINDOW_PASSED');
    expect(refusal.textContent).toBe('An import can be undone for 24 hours after it ends; this one ended earlier.');
    expect(screen.queryByTestId('undo-import-dialog')).toBeNull();
    expect(screen.getByTestId('import-job').dataset.status).toBe('DONE');
  });

  it('shows the counts each progress event carries as the undo runs, without reading the job for them, and a read that lags does not take them back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const reads = { count: 0 };
    renderImportJob([countedJobMock([undoing(0, 0), undoing(2, 1)], reads), progressEvent(undoProgress('UNDOING', 3, 1)), outcomeRowsMock('CREATED', createdRows)]);
    expect((await screen.findByTestId('import-undo-progress')).dataset.removed).toBe('0');
    await waitFor(() => expect(undoLine()).toBe('4 of 5 created customers gone through: 3 removed, 1 kept'));
    expect(screen.getByRole('progressbar', { name: 'Undo progress' }).getAttribute('aria-valuenow')).toBe('80');
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('import');
    expect(reads.count).toBe(1);

    // The page's next read answers as of before that chunk (it crossed the event): the counts stay where the event put them.
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS);
    await waitFor(() => expect(reads.count).toBe(2));
    expect(undoLine()).toBe('4 of 5 created customers gone through: 3 removed, 1 kept');
  });

  it('reads the job again when a progress event says the undo is over', async () => {
    renderImportJob([
      jobMock(undoing(3, 1)),
      progressEvent(undoProgress('UNDONE', 2, 3)),
      jobMock(undone, Number.POSITIVE_INFINITY),
      outcomeRowsMock('CREATED', createdRows),
      undoRowsMock(['MOVED_SINCE', 'FOLLOWED_UP', 'CHANGED_SINCE'], []),
    ]);
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('UNDONE'));
    expect(screen.queryByTestId('import-undo-progress')).toBeNull();
    expect(screen.getByTestId('import-undone-KEPT').dataset.count).toBe('3');
  });

  it('reads the job every few seconds, so it follows the undo to its end when the live events are lost, and reads the rows again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const afterUndo = [created(2, 'Acme', null, { undo: 'REMOVED' }), ...createdRows.slice(1)];
    renderImportJob([
      jobMock(undoing(0, 0)),
      quietProgress(),
      jobMock(undoing(3, 1)),
      jobMock(undone, Number.POSITIVE_INFINITY),
      outcomeRowsMock('CREATED', createdRows),
      outcomeRowsMock('CREATED', afterUndo),
      undoRowsMock(['MOVED_SINCE', 'FOLLOWED_UP', 'CHANGED_SINCE'], []),
    ]);
    await waitFor(() => expect(screen.getByTestId('import-undo-line').textContent).toBe('0 of 5 created customers gone through: 0 removed, 0 kept'));
    const firstRow = () => screen.getAllByTestId('import-review-row').find((row) => row.dataset.outcome === 'CREATED' && row.dataset.row === '2');
    await waitFor(() => expect(within(firstRow()!).getByTestId('import-row-link')).toBeTruthy());
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS);
    await waitFor(() => expect(screen.getByTestId('import-undo-line').textContent).toBe('4 of 5 created customers gone through: 3 removed, 1 kept'));
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS);
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('UNDONE'));
    expect(screen.queryByTestId('import-undo-progress')).toBeNull();
    expect(screen.getByTestId('import-undone-line').textContent).toMatch(/^Undone Dec 1, 2026, 10:00\sAM: 2 customers removed, 3 kept because someone worked on them since\.$/);
    // The outcome list read before the undo is read again: the removed customer is no longer linked.
    await waitFor(() => expect(within(firstRow()!).queryByTestId('import-row-link')).toBeNull());
  });
});

describe('an undone import', { timeout: 30_000 }, () => {
  const owner = { name: 'Li Wei', departmentName: 'North sales' };
  // 202 created customers: 199 removed, 3 kept; the rows API gives each group's rows, fifty at a time.
  const manyUndone = importJob('UNDONE', {
    ...written, totalRows: 230, outcomeCounts: outcomeCounts({ CREATED: 202, SKIPPED: 28 }), undoCounts: undoCounts(199, 3), undoneAt: '2026-12-01T10:00:00.000Z',
  });
  const keptRows = [
    importRow(3, 'NEW', ['Harbour Textiles', null, null, null, null], { outcome: 'CREATED', undo: 'MOVED_SINCE', customer: rowCustomer('c3', 'Harbour Textiles Ltd', false, owner) }),
    created(202, 'Initech', 'c202', { undo: 'FOLLOWED_UP' }),
    importRow(203, 'NEW', ['Soylent', null, null, null, null], { outcome: 'CREATED', undo: 'CHANGED_SINCE', customer: rowCustomer(null, 'Soylent Corp', false, owner) }),
  ];
  const removedRows = [2, ...Array.from({ length: 198 }, (_, i) => i + 4)].map((row) => created(row, `Company ${row}`, null, { undo: 'REMOVED' }));
  const mocks = [
    jobMock(manyUndone, Number.POSITIVE_INFINITY),
    undoRowsMock(['MOVED_SINCE', 'FOLLOWED_UP', 'CHANGED_SINCE'], keptRows),
    undoRowsMock(['REMOVED'], removedRows.slice(0, 50)),
    undoRowsMock(['REMOVED'], removedRows.slice(50, 100), 52),
    outcomeRowsMock('CREATED', createdRows),
  ];
  const inUndone = () => within(screen.getByTestId('import-undone'));
  const undoRows = () => inUndone().getAllByTestId('import-review-row');
  const why = (row: HTMLElement) => within(row).getByTestId('import-row-why');

  it('counts removed and kept, lists the kept ones first with why each was kept, and the removed ones on request', async () => {
    const user = renderImportJob(mocks);
    const chips = await screen.findByTestId('import-undone-counts');
    expect(within(chips).getAllByRole('button').map((c) => c.textContent)).toEqual(['Removed199', 'Kept3']);
    expect(screen.getByTestId('import-undone-KEPT').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('import-status').textContent).toBe('Undone');
    expect(screen.queryByTestId('undo-import')).toBeNull();

    // The kept rows, each with its reason.
    await waitFor(() => expect(undoRows().map((r) => r.dataset.row)).toEqual(['3', '202', '203']));
    expect(undoRows().map((r) => why(r).dataset.undo)).toEqual(['MOVED_SINCE', 'FOLLOWED_UP', 'CHANGED_SINCE']);
    expect(undoRows().map((r) => why(r).textContent)).toEqual([
      'Kept: claimed, given or returned since the import · Harbour Textiles Ltd',
      'Kept: followed up since the import · Initech',
      'Kept: edited, or its contacts or collaborators changed, since the import · Soylent Corp',
    ]);
    expect(within(undoRows()[0]).getByTestId('import-row-link').getAttribute('href')).toBe('/customers/c3');
    expect(within(undoRows()[1]).getByTestId('import-row-link').getAttribute('href')).toBe('/pool?customer=c202');
    expect(within(undoRows()[2]).queryByTestId('import-row-link')).toBeNull();
    expect(screen.getByTestId('import-undo-hint').textContent).toBe('Someone worked on these customers after the import, so the undo kept them.');

    // The removed ones, fifty at a time.
    await user.click(screen.getByTestId('import-undone-REMOVED'));
    await waitFor(() => expect(undoRows()).toHaveLength(50));
    expect(undoRows().slice(0, 3).map((r) => r.dataset.row)).toEqual(['2', '4', '5']);
    expect(new Set(undoRows().map((r) => why(r).textContent))).toEqual(new Set(['Removed from Berth']));
    expect(inUndone().queryByTestId('import-row-link')).toBeNull();
    expect(inUndone().getByTestId('import-rows-shown').textContent).toBe('50 of 199 shown');
    await user.click(inUndone().getByTestId('import-rows-more'));
    await waitFor(() => expect(undoRows()).toHaveLength(100));
  });

  it('words what the undo did in Chinese', async () => {
    renderImportJob(mocks, { locale: 'zh-CN' });
    const chips = await screen.findByTestId('import-undone-counts');
    expect(within(chips).getAllByRole('button').map((c) => c.textContent)).toEqual(['已移除199', '已保留3']);
    await waitFor(() => expect(undoRows()).toHaveLength(3));
    expect(undoRows().map((r) => why(r).textContent)).toEqual([
      '已保留：导入后被领取、分配或退回过 · Harbour Textiles Ltd',
      '已保留：导入后有过跟进 · Initech',
      '已保留：导入后被编辑过，或联系人、协作人有变动 · Soylent Corp',
    ]);
    expect(screen.getByTestId('import-undone-line').textContent).toBe('2026年12月1日 10:00 已撤销：移除 199 个客户，3 个因导入后有人处理而保留。');
  });
});
