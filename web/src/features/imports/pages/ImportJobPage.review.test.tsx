import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { clashMatch, classCounts, daysFromNow, importJob, importRow, jobMock, progress, progressEvent, renderImportJob, rowsMock } from '../imports-test-mocks';

const checkLine = () => screen.getByTestId('import-check-line').textContent;
const reviewRows = () => screen.getAllByTestId('import-review-row');
const why = (row: HTMLElement) => within(row).getByTestId('import-row-why').textContent;

const counts = classCounts({ NEW: 55, DUPLICATE_IN_FILE: 1, MATCHES_POOL: 1, MATCHES_OWNED: 2, INVALID: 1 });
const checked = importJob('CHECKED', { totalRows: 60, checkedRows: 60, checkedAt: '2026-12-01T09:05:00.000Z', source: 'Canton Fair 2026', classCounts: counts });

const newRows = Array.from({ length: 50 }, (_, i) => importRow(i + 2, 'NEW', [`Company ${i + 2}`, `Person ${i + 2}`, null, null, null]));
const moreNewRows = Array.from({ length: 5 }, (_, i) => importRow(i + 56, 'NEW', [`Company ${i + 56}`, null, null, null, null]));
const duplicate = importRow(9, 'DUPLICATE_IN_FILE', ['上海华泰纺织 有限公司', '王芳', null, null, null], { earlierRow: 2 });
const inPool = importRow(4, 'MATCHES_POOL', ['Delta Foods Co.', 'Bob', null, null, null], {
  match: clashMatch({ id: 'c5', companyName: 'Delta Foods Co', inPool: true }),
});
const ownedVisible = importRow(3, 'MATCHES_OWNED', ['Harbour Textiles Limited', 'Ann Lee', null, null, null], {
  match: clashMatch({ id: 'c7', companyName: 'Harbor Textiles Ltd', inPool: false, owner: { name: 'Li Wei', departmentName: 'North sales' }, protectedUntil: daysFromNow(27) }),
});
const ownedHidden = importRow(5, 'MATCHES_OWNED', ['Globex', null, null, null, null], {
  match: clashMatch({ id: null, companyName: 'Globex Ltd', inPool: false, owner: { name: 'Zhang Min', departmentName: null }, protectedUntil: daysFromNow(3) }),
});
const invalid = importRow(7, 'INVALID', ['Acme Trading', 'Cid', '12', 'not-an-email', null], {
  problems: [
    { field: 'email', rule: 'INVALID_EMAIL', message: 'is not a valid email address' },
    { field: 'contactMobile', rule: 'INVALID_PHONE', message: 'is not a valid phone number' },
  ],
});
const tooLong = importRow(8, 'INVALID', ['x'.repeat(10), null, null, null, null], {
  problems: [{ field: 'companyName', rule: 'TOO_LONG', message: 'must be at most 2000 characters', params: { max: '2000' } }],
});

describe('the check of an import', { timeout: 20_000 }, () => {
  it('moves its bar with each progress event', async () => {
    const checking = importJob('CHECKING', { checkedRows: 0 });
    renderImportJob([jobMock(checking, Number.POSITIVE_INFINITY), progressEvent(progress('CHECKING', 20, 30, { NEW: 19, INVALID: 1 }))]);
    expect((await screen.findByTestId('import-check-progress')).dataset.status).toBe('CHECKING');
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('check');
    await waitFor(() => expect(checkLine()).toBe('20 of 30 rows checked'));
    expect(screen.getByTestId('import-check-progress').dataset.checked).toBe('20');
    expect(screen.getByRole('progressbar', { name: 'Check progress' }).getAttribute('aria-valuenow')).toBe('67');
    expect(screen.queryByTestId('import-review')).toBeNull();
  });

  it('reads the job again when the check says it is done, and shows the review', async () => {
    const checking = importJob('CHECKING', { totalRows: 60, checkedRows: 40 });
    renderImportJob([
      jobMock(checking),
      progressEvent(progress('CHECKED', 60, 60, counts)),
      jobMock(checked, Number.POSITIVE_INFINITY),
      rowsMock('NEW', newRows),
    ]);
    await waitFor(() => expect(checkLine()).toBe('40 of 60 rows checked'));
    await screen.findByTestId('import-review');
    expect(checkLine()).toBe('60 of 60 rows checked');
    expect(screen.getByTestId('import-check-progress').dataset.status).toBe('CHECKED');
  });
});

describe('the review of a checked import', { timeout: 20_000 }, () => {
  it('counts the rows per class and says why each row is where it is', async () => {
    const user = renderImportJob([
      jobMock(checked, Number.POSITIVE_INFINITY),
      rowsMock('NEW', newRows),
      rowsMock('DUPLICATE_IN_FILE', [duplicate]),
      rowsMock('MATCHES_POOL', [inPool]),
      rowsMock('MATCHES_OWNED', [ownedVisible, ownedHidden]),
      rowsMock('INVALID', [invalid, tooLong]),
    ]);
    const chips = await screen.findByTestId('import-class-counts');
    expect(within(chips).getAllByRole('button').map((c) => c.textContent)).toEqual([
      'New55', 'Repeated in the file1', 'In the pool1', 'Already owned2', 'Needs fixing1',
    ]);

    // New rows first: number, company, contact, and why.
    await waitFor(() => expect(reviewRows()).toHaveLength(50));
    expect(within(reviewRows()[0]).getByTestId('import-row-number').textContent).toBe('Row 2');
    expect(within(reviewRows()[0]).getByTestId('import-row-company').textContent).toBe('Company 2');
    expect(within(reviewRows()[0]).getByTestId('import-row-contact').textContent).toBe('Person 2');
    expect(why(reviewRows()[0])).toBe('Not in Berth yet');

    await user.click(screen.getByTestId('import-class-DUPLICATE_IN_FILE'));
    await waitFor(() => expect(reviewRows().map((r) => r.dataset.row)).toEqual(['9']));
    expect(screen.getByTestId('import-class-DUPLICATE_IN_FILE').getAttribute('aria-pressed')).toBe('true');
    expect(why(reviewRows()[0])).toBe('Same company as row 2');

    await user.click(screen.getByTestId('import-class-MATCHES_POOL'));
    await waitFor(() => expect(reviewRows().map((r) => r.dataset.row)).toEqual(['4']));
    expect(why(reviewRows()[0])).toBe('In the public pool · matched "Delta Foods Co"');
    expect(within(reviewRows()[0]).getByTestId('import-row-link').getAttribute('href')).toBe('/pool?customer=c5');

    await user.click(screen.getByTestId('import-class-MATCHES_OWNED'));
    await waitFor(() => expect(reviewRows().map((r) => r.dataset.row)).toEqual(['3', '5']));
    const [visible, hidden] = reviewRows();
    expect(why(visible)).toBe('Owned by Li Wei (North sales) · protected for 27 more days · matched "Harbor Textiles Ltd"');
    expect(within(visible).getByTestId('import-row-link').getAttribute('href')).toBe('/customers/c7');
    // A customer the viewer may not open: who holds it and for how long, no link.
    expect(why(hidden)).toBe('Owned by Zhang Min · protected for 3 more days · matched "Globex Ltd"');
    expect(within(hidden).queryByTestId('import-row-link')).toBeNull();
    expect(within(hidden).getByTestId('import-row-company').textContent).toBe('Globex');
    expect(within(hidden).queryByTestId('import-row-contact')).toBeNull();

    await user.click(screen.getByTestId('import-class-INVALID'));
    await waitFor(() => expect(reviewRows().map((r) => r.dataset.row)).toEqual(['7', '8']));
    expect(within(reviewRows()[0]).getAllByTestId('import-row-problem').map((p) => p.textContent)).toEqual([
      'Email is not a valid email address',
      'Contact mobile is not a valid phone number',
    ]);
    expect(within(reviewRows()[1]).getAllByTestId('import-row-problem').map((p) => p.textContent)).toEqual(['Company name must be at most 2,000 characters']);
  });

  it('pages through a class with "Show more", after the last row shown', async () => {
    const user = renderImportJob([jobMock(checked, Number.POSITIVE_INFINITY), rowsMock('NEW', newRows), rowsMock('NEW', moreNewRows, 51)]);
    await waitFor(() => expect(reviewRows()).toHaveLength(50));
    expect(screen.getByTestId('import-rows-shown').textContent).toBe('50 of 55 shown');
    await user.click(screen.getByTestId('import-rows-more'));
    await waitFor(() => expect(reviewRows()).toHaveLength(55));
    expect(reviewRows().at(-1)!.dataset.row).toBe('60');
    expect(screen.getByTestId('import-rows-shown').textContent).toBe('55 of 55 shown');
    expect(screen.queryByTestId('import-rows-more')).toBeNull();
  });

  it('says why a check stopped, from its error code', async () => {
    renderImportJob([jobMock(importJob('FAILED', { checkedRows: 10, errorCode: 'FILE_UNREADABLE' }), Number.POSITIVE_INFINITY)]);
    expect((await screen.findByTestId('import-failed')).textContent).toBe(
      'The check stopped: The file is damaged or is not really a workbook or CSV file. Upload the file again once it is fixed.',
    );
    expect(screen.queryByTestId('import-review')).toBeNull();
    expect(screen.queryByTestId('import-check-progress')).toBeNull();
  });

  it('says so when an import is not there for the viewer', async () => {
    renderImportJob([{ request: jobMock(checked).request, result: { errors: [{ message: 'nope', extensions: { code: 'NOT_FOUND' } }], data: null } }]);
    expect((await screen.findByTestId('import-not-found')).textContent).toBe('This import does not exist or is not visible to you.');
  });
});
