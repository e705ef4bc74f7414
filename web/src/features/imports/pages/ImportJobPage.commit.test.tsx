import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CommitImportInput } from '../../../gql/graphql';
import { errorResult, REP } from '../../../test/render';
import { classCounts, commitMock, importJob, jobMock, quietProgress, renderImportJob, RITA, rowsMock, servedDestination, type ServedImportJob, teamMock } from '../imports-test-mocks';

const counts = classCounts({ NEW: 24, DUPLICATE_IN_FILE: 2, MATCHES_POOL: 1, MATCHES_OWNED: 2, INVALID: 1 });
const checked = importJob('CHECKED', { checkedRows: 30, checkedAt: '2026-12-01T09:05:00.000Z', classCounts: counts });
const ritasChecked = { ...checked, createdBy: RITA };
const DEFAULTS = { newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' } as const;

/** The job as commitImport answers it: being written with what was chosen. */
function importing(input: CommitImportInput, job: ServedImportJob = checked): ServedImportJob {
  return { ...job, status: 'IMPORTING', choices: { __typename: 'ImportChoices', ...input.choices }, importStartedAt: '2026-12-01T09:10:00.000Z',
    destination: servedDestination(input.destination.kind, input.destination.userIds ?? [], input.destination.strategy ?? null) };
}

/** What a successful commit needs: the answer, then the job as read again while it is written, its progress quiet. */
function committed(input: CommitImportInput, sent: CommitImportInput[], job: ServedImportJob = checked) {
  const answer = importing(input, job);
  return [commitMock(input, { data: { commitImport: answer } }, sent), jobMock(answer, Number.POSITIVE_INFINITY), quietProgress()];
}

const choice = (rowClass: string) => screen.getByTestId(`import-choice-${rowClass}`);
const radio = (testId: string) => within(screen.getByTestId(testId)).getByRole('radio') as HTMLInputElement;

async function chooseReps(user: ReturnType<typeof userEvent.setup>, names: string[]) {
  for (const name of names) {
    await user.click(screen.getByTestId('assign-reps'));
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
  }
}

// MUI radios and the Autocomplete are slow to drive in jsdom on a busy machine.
describe('the import step of a checked import', { timeout: 30_000 }, () => {
  it('offers a choice per class with its count, says which classes are always skipped, and sends the defaults to the pool', async () => {
    const sent: CommitImportInput[] = [];
    const input = { id: '12', choices: DEFAULTS, destination: { kind: 'POOL', userIds: [] } } as CommitImportInput;
    const user = renderImportJob([jobMock(checked), rowsMock('NEW', []), ...committed(input, sent)]);
    await screen.findByTestId('import-commit');
    expect(screen.getByTestId('import-stepper').dataset.step).toBe('import');
    expect(within(choice('NEW')).getByTestId('import-choice-count').textContent).toBe('24 rows');
    expect(within(choice('DUPLICATE_IN_FILE')).getByTestId('import-choice-count').textContent).toBe('2 rows');
    expect(within(choice('MATCHES_POOL')).getByTestId('import-choice-count').textContent).toBe('1 row');
    expect(radio('import-choice-NEW-IMPORT').checked).toBe(true);
    expect(radio('import-choice-DUPLICATE_IN_FILE-MERGE_CONTACT').checked).toBe(true);
    expect(radio('import-choice-MATCHES_POOL-FILL_BLANKS').checked).toBe(true);
    expect(screen.getByTestId('import-choice-DUPLICATE_IN_FILE-MERGE_CONTACT').textContent).toBe("Add the contact to the first row's customer");
    // Owned and invalid rows: no choice, only why they are skipped.
    expect(within(screen.getByTestId('import-skipped-MATCHES_OWNED')).queryByRole('radio')).toBeNull();
    expect(screen.getByTestId('import-skipped-MATCHES_OWNED').textContent).toBe('Already owned2 rowsAlways skipped: an import never takes a customer from its owner.');
    expect(screen.getByTestId('import-skipped-INVALID').textContent).toContain('1 row');
    expect(radio('import-destination-POOL').checked).toBe(true);
    expect(screen.getByTestId('import-commit-skipped').textContent).toBe('3 rows skipped');

    await user.click(screen.getByTestId('import-commit-submit'));
    await waitFor(() => expect(screen.getByTestId('import-job').dataset.status).toBe('IMPORTING'));
    expect(sent).toEqual([input]);
    expect(screen.queryByTestId('import-commit')).toBeNull();
    expect(screen.getByTestId('import-write-progress')).toBeTruthy();
    expect(screen.getByTestId('import-chosen-destination').textContent).toBe('New customers go to the public pool.');
  });

  it('sends the choices as changed and a spread over the reps chosen, with the strategy', async () => {
    const sent: CommitImportInput[] = [];
    const input = {
      id: '12',
      choices: { newRows: 'IMPORT', duplicateInFile: 'SKIP', matchesPool: 'SKIP' },
      destination: { kind: 'SPREAD', userIds: ['u3', 'u2'], strategy: 'FEWEST_HELD_FIRST' },
    } as CommitImportInput;
    const user = renderImportJob([jobMock(checked), rowsMock('NEW', []), teamMock(), ...committed(input, sent)]);
    await screen.findByTestId('import-commit');
    await user.click(radio('import-choice-DUPLICATE_IN_FILE-SKIP'));
    await user.click(radio('import-choice-MATCHES_POOL-SKIP'));
    expect(choice('MATCHES_POOL').dataset.choice).toBe('SKIP');
    expect(screen.getByTestId('import-commit-submit').textContent).toBe('Import 24 rows');
    expect(screen.getByTestId('import-commit-skipped').textContent).toBe('6 rows skipped');

    await user.click(radio('import-destination-SPREAD'));
    await chooseReps(user, ['Ben Rep', 'Ada Rep']);
    await user.click(within(screen.getByTestId('assign-strategy-FEWEST_HELD_FIRST')).getByRole('radio'));
    await user.click(screen.getByTestId('import-commit-submit'));

    await waitFor(() => expect(sent).toEqual([input]));
    expect((await screen.findByTestId('import-chosen-destination')).textContent).toBe('New customers are spread across Ben Rep and Ada Rep (Fewest held first).');
    expect(screen.getByTestId('import-chosen-DUPLICATE_IN_FILE').textContent).toBe('Repeated in the file: Skip');
  });

  it('gives everything to one rep, without a strategy', async () => {
    const sent: CommitImportInput[] = [];
    const input = { id: '12', choices: DEFAULTS, destination: { kind: 'ONE_REP', userIds: ['u2'] } } as CommitImportInput;
    const user = renderImportJob([jobMock(checked), rowsMock('NEW', []), teamMock(), ...committed(input, sent)]);
    await screen.findByTestId('import-commit');
    await user.click(radio('import-destination-ONE_REP'));
    await chooseReps(user, ['Ada Rep']);
    expect(screen.queryByTestId('assign-strategy-ROUND_ROBIN')).toBeNull();
    await user.click(screen.getByTestId('import-commit-submit'));
    await waitFor(() => expect(sent).toEqual([input]));
    expect((await screen.findByTestId('import-chosen-destination')).textContent).toBe('New customers go to Ada Rep.');
  });

  it('lets a rep import only to themselves: no destination to choose, their own id sent', async () => {
    const sent: CommitImportInput[] = [];
    const input = { id: '12', choices: { ...DEFAULTS, newRows: 'SKIP' }, destination: { kind: 'ONE_REP', userIds: ['u1'] } } as CommitImportInput;
    const user = renderImportJob([jobMock(ritasChecked), rowsMock('NEW', []), ...committed(input, sent, ritasChecked)], { user: REP });
    expect((await screen.findByTestId('import-destination-you')).textContent).toBe('New customers become yours.');
    expect(screen.queryByTestId('import-destination')).toBeNull();
    expect(screen.queryByTestId('import-destination-POOL')).toBeNull();
    await user.click(radio('import-choice-NEW-SKIP'));
    expect(screen.getByTestId('import-commit-submit').textContent).toBe('Import 3 rows');
    await user.click(screen.getByTestId('import-commit-submit'));
    await waitFor(() => expect(sent).toEqual([input]));
    expect((await screen.findByTestId('import-chosen-destination')).textContent).toBe('New customers go to you.');
  });

  it('asks for the reps of a spread before sending anything', async () => {
    const sent: CommitImportInput[] = [];
    const user = renderImportJob([jobMock(checked), rowsMock('NEW', []), teamMock(), ...committed({ id: '12', choices: DEFAULTS, destination: { kind: 'SPREAD', userIds: ['u2'], strategy: 'ROUND_ROBIN' } }, sent)]);
    await screen.findByTestId('import-commit');
    await user.click(radio('import-destination-SPREAD'));
    await chooseReps(user, ['Ada Rep']);
    await user.click(screen.getByTestId('import-commit-submit'));
    await waitFor(() => expect(screen.getByTestId('assign-reps-helper').textContent).toBe('Choose 2 to 50 reps to spread them across'));
    expect(sent).toEqual([]);
    expect(screen.getByTestId('import-job').dataset.status).toBe('CHECKED');
  });

  it('shows the server’s refusal of a receiver under the reps, naming them', async () => {
    const input = { id: '12', choices: DEFAULTS, destination: { kind: 'ONE_REP', userIds: ['u3'] } } as CommitImportInput;
    const refusal = errorResult('BAD_USER_INPUT', [
      { field: 'input.destination.userIds', message: 'user u3 is not in your team', rule: 'NOT_IN_YOUR_TEAM', params: { id: 'u3' } } as never,
    ]);
    const user = renderImportJob([jobMock(checked), rowsMock('NEW', []), teamMock(), commitMock(input, refusal)]);
    await screen.findByTestId('import-commit');
    await user.click(radio('import-destination-ONE_REP'));
    await chooseReps(user, ['Ben Rep']);
    await user.click(screen.getByTestId('import-commit-submit'));
    await waitFor(() => expect(screen.getByTestId('assign-reps-helper').textContent).toBe('Ben Rep is not in your team'));
    expect(screen.getByTestId('import-job').dataset.status).toBe('CHECKED');
    expect(screen.queryByTestId('snackbar')).toBeNull();
  });

  it('shows a refusal of a rep’s destination above the button, since a rep has no destination to choose', async () => {
    const input = { id: '12', choices: DEFAULTS, destination: { kind: 'ONE_REP', userIds: ['u1'] } } as CommitImportInput;
    const refusal = errorResult('BAD_USER_INPUT', [{ field: 'input.destination.kind', message: 'is not one of the choices', rule: 'NOT_AN_OPTION' } as never]);
    const user = renderImportJob([jobMock(ritasChecked), rowsMock('NEW', []), commitMock(input, refusal)], { user: REP });
    await user.click(await screen.findByTestId('import-commit-submit'));
    expect((await screen.findByTestId('import-commit-problem')).textContent).toBe('Where new customers go is not one of the choices');
  });

  it('shows a manager looking at a rep’s checked import the state, without the choices', async () => {
    renderImportJob([jobMock(ritasChecked, Number.POSITIVE_INFINITY), rowsMock('NEW', [])]);
    expect((await screen.findByTestId('import-waiting-for-commit')).textContent).toBe('Waiting for Rita Rep to choose what to import.');
    expect(screen.queryByTestId('import-commit')).toBeNull();
    expect(screen.getByTestId('import-review')).toBeTruthy();
  });
});
