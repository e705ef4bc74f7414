import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { StartImportInput } from '../../../gql/graphql';
import { errorResult, REP } from '../../../test/render';
import { FOLLOW_POLL_MS } from '../hooks/useImportJob';
import { GUESSED, importJob, jobMock, progress, progressEvent, quietProgress, renderImportJob, type ServedImportJob, startMock } from '../imports-test-mocks';

const uploaded = importJob('UPLOADED');

const select = (i: number) => screen.getByTestId(`mapping-select-${i}`) as HTMLSelectElement;
const columns = () => screen.getAllByTestId('mapping-column');

describe('the columns step of an import', { timeout: 20_000 }, () => {
  it('shows each column with its header, first values and the guessed field', async () => {
    renderImportJob([jobMock(uploaded, Number.POSITIVE_INFINITY), quietProgress()]);
    await waitFor(() => expect(columns()).toHaveLength(5));
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('columns');
    expect(columns().map((c) => within(c).getByTestId('mapping-header').textContent)).toEqual(['公司名称', 'Contact', 'Mobile', 'E-mail', 'Booth']);
    expect(columns().map((c) => c.dataset.field)).toEqual(['companyName', 'contactName', 'contactMobile', 'email', '']);
    expect(select(0).selectedOptions[0].textContent).toBe('Company name');
    expect(select(4).selectedOptions[0].textContent).toBe("Don't import");
    expect(within(columns()[0]).getByTestId('mapping-samples').textContent).toBe('上海华泰纺织有限公司Harbour Textiles LimitedDelta Foods Co.');
    // A column with blanks shows the values it has.
    expect(within(columns()[2]).getByTestId('mapping-samples').textContent).toBe('138 0013 8000139 0000 1111');
    expect(screen.getByTestId('import-facts').textContent).toMatch(/^XLSX · 30 rows · uploaded by Mia Manager, /);
    expect(screen.queryByTestId('mapping-problem')).toBeNull();
  });

  it('refuses to check rows without a company-name column, before sending anything', async () => {
    const sent: StartImportInput[] = [];
    const user = renderImportJob([jobMock(uploaded, Number.POSITIVE_INFINITY), quietProgress(), startMock({ id: '12', mapping: GUESSED, source: null }, { data: null }, sent)]);
    await user.selectOptions(await screen.findByTestId('mapping-select-0'), '');
    expect((await screen.findByTestId('mapping-problem')).textContent).toBe('Choose which column holds the company name');
    await user.click(screen.getByTestId('check-rows'));
    expect(screen.getByTestId('mapping-problem').className).toContain('Error');
    expect(sent).toEqual([]);
    expect(screen.getByTestId('import-job').dataset.status).toBe('UPLOADED');
  });

  it('says when one field is chosen for two columns, beside the second', async () => {
    const user = renderImportJob([jobMock(uploaded, Number.POSITIVE_INFINITY), quietProgress()]);
    await user.selectOptions(await screen.findByTestId('mapping-select-4'), 'contactMobile');
    expect((await screen.findByTestId('mapping-error-4')).textContent).toBe('Contact mobile is already chosen for another column');
    await user.selectOptions(select(2), 'phone');
    await waitFor(() => expect(screen.queryByTestId('mapping-error-4')).toBeNull());
  });

  it('sends the mapping as changed and the source, then follows the check', async () => {
    const mapping = ['companyName', 'contactName', 'contactMobile', 'email', 'tags'] as StartImportInput['mapping'];
    const checking: ServedImportJob = importJob('CHECKING', { mapping, source: 'Canton Fair 2026' });
    const sent: StartImportInput[] = [];
    const user = renderImportJob([
      jobMock(uploaded),
      startMock({ id: '12', mapping, source: 'Canton Fair 2026' }, { data: { startImport: checking } }, sent),
      // One for the columns step, one for the check.
      quietProgress(),
      quietProgress(),
      jobMock(checking, Number.POSITIVE_INFINITY),
    ]);
    await user.selectOptions(await screen.findByTestId('mapping-select-4'), 'tags');
    expect(columns()[4].dataset.field).toBe('tags');
    await user.type(screen.getByTestId('import-source'), '  Canton Fair 2026 ');
    await user.click(screen.getByTestId('check-rows'));

    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('CHECKING'));
    expect(sent).toEqual([{ id: '12', mapping, source: 'Canton Fair 2026' }]);
    expect(screen.queryByTestId('column-mapping')).toBeNull();
    expect(screen.getByTestId('import-check-line').textContent).toBe('0 of 30 rows checked');
    expect(screen.getByTestId('import-facts').textContent).toContain('source: Canton Fair 2026');
  });

  it('places the server’s field problems where the browser’s go', async () => {
    const user = renderImportJob([
      jobMock(uploaded, Number.POSITIVE_INFINITY),
      quietProgress(),
      startMock({ id: '12', mapping: GUESSED, source: null }, errorResult('BAD_USER_INPUT', [
        { field: 'input.mapping.3', message: 'lists email twice', rule: 'LISTED_TWICE', params: { value: 'email' } } as never,
        { field: 'input.source', message: 'must be at most 80 characters', rule: 'TOO_LONG', params: { max: 80 } } as never,
      ])),
    ]);
    await user.click(await screen.findByTestId('check-rows'));
    expect((await screen.findByTestId('mapping-error-3')).textContent).toBe('Email is already chosen for another column');
    expect(screen.getByTestId('import-source-helper').textContent).toBe('Trade show or source must be at most 80 characters');
  });

  it('tells a manager looking at a rep’s upload that the rep maps it', async () => {
    renderImportJob([jobMock(importJob('UPLOADED', { createdBy: { __typename: 'User', id: 'u1', name: 'Rita Rep' } }), Number.POSITIVE_INFINITY), quietProgress()], { user: { ...REP, id: 'u9', name: 'Mia Manager', role: 'MANAGER' } });
    expect((await screen.findByTestId('import-waiting-for-uploader')).textContent).toBe('Waiting for Rita Rep to say what each column is.');
    expect(screen.queryByTestId('column-mapping')).toBeNull();
  });
});

describe('the columns step when the import moves on in another tab', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the check once a progress event says it started, instead of a mapping that can no longer be sent', async () => {
    const checking = importJob('CHECKING', { checkedRows: 4, source: 'Canton Fair 2026' });
    renderImportJob([jobMock(uploaded), progressEvent(progress('CHECKING', 4)), jobMock(checking, Number.POSITIVE_INFINITY), quietProgress()]);
    expect(await screen.findByTestId('column-mapping')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('CHECKING'));
    expect(screen.queryByTestId('column-mapping')).toBeNull();
    expect(screen.queryByTestId('check-rows')).toBeNull();
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('check');
    expect(screen.getByTestId('import-check-line').textContent).toBe('4 of 30 rows checked');
    expect(screen.getByTestId('import-facts').textContent).toContain('source: Canton Fair 2026');
  });

  it('reads the job again every few seconds, so it says the import was cancelled when the event is lost', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderImportJob([jobMock(uploaded), quietProgress(), jobMock(importJob('CANCELLED'), Number.POSITIVE_INFINITY)]);
    expect(await screen.findByTestId('column-mapping')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(FOLLOW_POLL_MS);
    expect((await screen.findByTestId('import-cancelled')).textContent).toBe('This import was cancelled before anything was imported.');
    expect(screen.getByTestId('import-job').dataset.status).toBe('CANCELLED');
    expect(screen.queryByTestId('column-mapping')).toBeNull();
    // Nothing was checked: no bar saying every row was, no empty review.
    expect(screen.queryByTestId('import-check-progress')).toBeNull();
    expect(screen.queryByTestId('import-review')).toBeNull();
  });
});
