import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MANAGER, renderWithProviders } from '../../../test/render';
import { FakeXhr, fakeXhrInEachTest, importJob, jobsMock, RITA, uploadRefusal } from '../imports-test-mocks';
import { ImportsPage } from './ImportsPage';

const workbook = (name = 'canton-fair.xlsx') => new File(['PK…'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

function renderPage(mocks: object[] = [jobsMock([])]) {
  return renderWithProviders(<ImportsPage />, {
    route: '/imports',
    user: MANAGER,
    mocks: mocks as never,
    otherRoutes: { '/imports/:id': <div data-testid="import-job-page" /> },
  });
}

async function upload(file: File) {
  const user = userEvent.setup();
  await user.upload(await screen.findByTestId('import-file-input'), file);
  return waitFor(() => {
    const xhr = FakeXhr.last();
    if (!xhr?.body) throw new Error('not sent yet');
    return xhr;
  });
}

describe('the Import page', { timeout: 20_000 }, () => {
  fakeXhrInEachTest();

  it('uploads a card file with a progress bar and opens the new import', async () => {
    renderPage();
    const xhr = await upload(workbook());
    expect(xhr.file()?.name).toBe('canton-fair.xlsx');
    xhr.progress(40, 100);
    expect((await screen.findByTestId('import-upload-progress')).textContent).toBe('Uploading canton-fair.xlsx… 40%');
    xhr.respond(201, { id: '12' });
    await screen.findByTestId('import-job-page');
    expect(screen.getByTestId('location').textContent).toBe('/imports/12');
  });

  it('says why a file of the wrong type was refused, and lets the user choose another', async () => {
    renderPage();
    (await upload(workbook('cards.xls'))).respond(415, uploadRefusal('FILE_TYPE_NOT_SUPPORTED'));
    const error = await screen.findByTestId('import-upload-error');
    expect(error.dataset.code).toBe('FILE_TYPE_NOT_SUPPORTED');
    expect(error.textContent).toBe('cards.xls was not uploaded: Upload an Excel workbook (.xlsx) or a CSV file; save an old .xls workbook as .xlsx first.');
    expect(screen.getByTestId('import-choose-file').getAttribute('aria-disabled')).not.toBe('true');
  });

  it('says a password-protected workbook must be opened up first', async () => {
    renderPage();
    (await upload(workbook('locked.xlsx'))).respond(400, uploadRefusal('FILE_PASSWORD_PROTECTED'));
    expect((await screen.findByTestId('import-upload-error')).textContent).toBe(
      'locked.xlsx was not uploaded: The workbook is protected by a password: remove it in Excel and upload the file again.',
    );
    expect(screen.getByTestId('location').textContent).toBe('/imports');
  });

  it('offers the template in the viewer’s language', async () => {
    renderPage();
    expect((await screen.findByTestId('import-template-link')).getAttribute('href')).toBe('/api/imports/template.xlsx?lang=en');
  });

  it('lists recent imports with status, rows, who and when; one opens on click', async () => {
    const mine = importJob('CHECKED', { id: '12' });
    const ritas = importJob('UPLOADED', { id: '11', fileName: 'expo.csv', fileKind: 'CSV', totalRows: 1, createdBy: RITA, createdAt: '2026-11-30T09:00:00.000Z' });
    renderPage([jobsMock([mine, ritas])]);
    await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('import-row');
    expect(within(first).getByTestId('import-row-file').textContent).toBe('canton-fair.xlsx');
    expect(within(first).getByTestId('import-status').textContent).toBe('Checked');
    expect(within(first).getByTestId('import-row-meta').textContent).toMatch(/^30 rows · Mia Manager · .+2026/);
    expect(within(second).getByTestId('import-status').textContent).toBe('Columns to map');
    expect(within(second).getByTestId('import-row-meta').textContent).toMatch(/^1 row · Rita Rep · /);

    await userEvent.setup().click(second);
    await screen.findByTestId('import-job-page');
    expect(screen.getByTestId('location').textContent).toBe('/imports/11');
  });
});
