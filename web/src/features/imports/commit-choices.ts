import {
  DUPLICATE_IN_FILE_CHOICES,
  fieldProblem,
  MATCHES_POOL_CHOICES,
  MAX_IMPORT_RECEIVERS,
  NEW_ROW_CHOICES,
  type FieldProblem,
} from '@berth/domain';
import type { Translate } from '../../i18n/translator';
import { phraseProblem } from '../../shared/forms/field-errors';
import { classLabel } from './import-labels';
import type { AssignmentStrategy, CommitImportInput, ImportChoicesInput, ImportClassCounts, ImportDestinationKind } from './import-types';

export type ImportChoices = ImportChoicesInput;
export type ImportDestinationInput = CommitImportInput['destination'];

/** What the import step starts from: new rows imported, a repeated row's contact added to the first row's customer, pool customers' blank fields filled. */
export const DEFAULT_CHOICES: ImportChoices = { newRows: 'IMPORT', duplicateInFile: 'MERGE_CONTACT', matchesPool: 'FILL_BLANKS' };

/** The classes the uploader decides for: the choice's name in the input and its options, the default first. */
export const CHOOSABLE_CLASSES = [
  { rowClass: 'NEW', choice: 'newRows', options: NEW_ROW_CHOICES },
  { rowClass: 'DUPLICATE_IN_FILE', choice: 'duplicateInFile', options: DUPLICATE_IN_FILE_CHOICES },
  { rowClass: 'MATCHES_POOL', choice: 'matchesPool', options: MATCHES_POOL_CHOICES },
] as const;

/** Never imported, whatever is chosen: a customer someone owns is never taken from them, and a wrong field is never saved. */
export const ALWAYS_SKIPPED_CLASSES = ['MATCHES_OWNED', 'INVALID'] as const;

/** Rows the import will write with these choices; every other row ends SKIPPED. */
export function rowsToWrite(counts: ImportClassCounts, choices: ImportChoices): number {
  return CHOOSABLE_CLASSES.reduce((sum, { rowClass, choice, options }) => sum + (choices[choice] === options[0] ? counts[rowClass] : 0), 0);
}

/** A person who can receive imported customers, as the team pickers list them. */
export interface Receiver {
  id: string;
  name: string;
}

/** The destination as the form holds it; a rep's is always themselves. */
export interface DestinationDraft {
  kind: ImportDestinationKind;
  reps: readonly Receiver[];
  strategy: AssignmentStrategy;
}

/** The destination the server is sent: a rep imports to themselves; the pool takes nobody; a strategy only for a spread. */
export function destinationInput(draft: DestinationDraft, viewer: { id: string; role: string }): ImportDestinationInput {
  if (viewer.role === 'REP') return { kind: 'ONE_REP', userIds: [viewer.id] };
  if (draft.kind === 'POOL') return { kind: 'POOL', userIds: [] };
  const userIds = draft.reps.map((r) => r.id);
  return draft.kind === 'SPREAD' ? { kind: 'SPREAD', userIds, strategy: draft.strategy } : { kind: 'ONE_REP', userIds: userIds.slice(0, 1) };
}

/** What the browser can tell before sending: one rep to receive them all, or 2 to 50 to spread them over. */
export function destinationProblems(draft: DestinationDraft, viewer: { role: string }): FieldProblem[] {
  if (viewer.role === 'REP') return [];
  const n = draft.reps.length;
  if (draft.kind === 'ONE_REP' && n !== 1) return [fieldProblem('destination.userIds', 'COUNT_RANGE', { min: 1, max: 1 })];
  if (draft.kind === 'SPREAD' && (n < 2 || n > MAX_IMPORT_RECEIVERS)) {
    return [fieldProblem('destination.userIds', 'COUNT_RANGE', { min: 2, max: MAX_IMPORT_RECEIVERS })];
  }
  return [];
}

/** Problems of a commit, placed as the import step shows them; the first per place wins. */
export interface CommitErrors {
  /** Under the destination's choice. */
  kind?: string;
  /** Under the reps picker. */
  userIds?: string;
  strategy?: string;
  /** Above the confirm button: everything no field shows. */
  general: string[];
}

const PLACES = { 'destination.kind': 'kind', 'destination.userIds': 'userIds', 'destination.strategy': 'strategy' } as const;

/** One problem in the viewer's words; a person is named rather than numbered where the page knows them. */
function phrase(problem: FieldProblem, t: Translate, names: ReadonlyMap<string, string>): string {
  const params = problem.params ?? {};
  if (problem.rule === 'COUNT_RANGE' && problem.field.startsWith('destination.userIds')) {
    return params.min === params.max ? t('imports.commit.chooseOneRep') : t('imports.commit.chooseReps', { min: Number(params.min), max: Number(params.max) });
  }
  const name = names.get(String(params.id));
  if (problem.rule === 'NOT_IN_YOUR_TEAM' && name) return t('imports.commit.notInTeam', { name });
  const path = problem.field.replace(/\.\d+$/, '');
  const chosen = CHOOSABLE_CLASSES.find((c) => path === `choices.${c.choice}`);
  const label = path in PLACES
    ? t(`imports.commit.field.${PLACES[path as keyof typeof PLACES]}`)
    : chosen ? classLabel(chosen.rowClass, t) : t('imports.commit.field.choices');
  return phraseProblem(label, problem, t);
}

/**
 * Problems, the browser's or the server's (BAD_USER_INPUT), where the step shows them. A rep has
 * no destination to choose, so a refusal of theirs (`destination.kind`) goes above the button.
 */
export function commitErrors(problems: readonly FieldProblem[], t: Translate, { names, choosesDestination }: { names: ReadonlyMap<string, string>; choosesDestination: boolean }): CommitErrors {
  const errors: CommitErrors = { general: [] };
  for (const problem of problems) {
    const place = choosesDestination ? PLACES[problem.field.replace(/\.\d+$/, '') as keyof typeof PLACES] : undefined;
    const message = phrase(problem, t, names);
    if (place) errors[place] ??= message;
    else if (!errors.general.includes(message)) errors.general.push(message);
  }
  return errors;
}
