import { fieldProblem, type FieldProblem } from '../errors';
import { ASSIGNMENT_STRATEGIES, type AssignmentStrategy } from '../pool/spread';
import type { Viewer } from '../visibility';
import type { ImportRowClass } from './import-classes';

/**
 * What the user chose per class of row. New rows are imported or skipped; a row repeating an
 * earlier one of the file adds its contact to the customer that row became, or is skipped; a row
 * matching a pool customer fills that customer's blank fields, or is skipped. Rows matching a
 * customer someone owns, and invalid rows, are always skipped: importing them would take a
 * customer from its owner or save a wrong field.
 */
export interface ImportChoices {
  newRows: 'IMPORT' | 'SKIP';
  duplicateInFile: 'MERGE_CONTACT' | 'SKIP';
  matchesPool: 'FILL_BLANKS' | 'SKIP';
}

export const NEW_ROW_CHOICES = ['IMPORT', 'SKIP'] as const;
export const DUPLICATE_IN_FILE_CHOICES = ['MERGE_CONTACT', 'SKIP'] as const;
export const MATCHES_POOL_CHOICES = ['FILL_BLANKS', 'SKIP'] as const;

/** Where imported customers go: the pool (no owner), one rep, or spread over several. */
export const IMPORT_DESTINATIONS = ['POOL', 'ONE_REP', 'SPREAD'] as const;
export type ImportDestinationKind = (typeof IMPORT_DESTINATIONS)[number];

export interface ImportDestination {
  kind: ImportDestinationKind;
  /** ONE_REP: exactly one; SPREAD: two or more; POOL: none. */
  userIds: number[];
  /** SPREAD: how the rows are dealt out. */
  strategy: AssignmentStrategy | null;
}

/** Most reps one import is spread over. */
export const MAX_IMPORT_RECEIVERS = 50;

/** What becomes of each row when the import is written: every row ends in exactly one. */
export const IMPORT_OUTCOMES = ['CREATED', 'FILLED', 'MERGED', 'SKIPPED', 'FAILED', 'CANCELLED'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export type ImportOutcomeCounts = Record<ImportOutcome, number>;

export function emptyOutcomeCounts(): ImportOutcomeCounts {
  return Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0])) as ImportOutcomeCounts;
}

/**
 * Why a row ended as it did, when it was not simply written: the user's choice, the class that
 * is never imported, or what changed between the pre-check and the write.
 */
export const IMPORT_OUTCOME_REASONS = [
  /** The user chose to skip rows of this class. */
  'SKIPPED_BY_CHOICE',
  /** Someone owns the matching customer: an import never takes a customer from its owner. */
  'OWNED_BY_SOMEONE',
  /** A field is wrong (the row's problems say which). */
  'INVALID_FIELDS',
  /** A customer like it was saved after the pre-check (by someone, or by an earlier import). */
  'MATCHED_SINCE_CHECK',
  /** The pool customer it matched was claimed or assigned after the pre-check. */
  'LEFT_POOL_SINCE_CHECK',
  /** The pool customer already had every field the row would fill. */
  'NOTHING_TO_FILL',
  /** The row repeats an earlier one but names no contact to add. */
  'NO_CONTACT_TO_MERGE',
  /** The earlier row of the same company was not imported, so there is nothing to add to. */
  'EARLIER_ROW_NOT_IMPORTED',
  /** Every receiving rep is at their holding cap. */
  'HOLDING_CAP_REACHED',
  /** No receiving rep can hold customers any more (disabled since the import started). */
  'NO_RECEIVER',
  /** The import was cancelled before it reached the row. */
  'CANCELLED',
  /** Writing the row failed unexpectedly; the rest of the import went on. */
  'WRITE_FAILED',
] as const;
export type ImportOutcomeReason = (typeof IMPORT_OUTCOME_REASONS)[number];

/** What the import does with a row of a class, given the user's choices. */
export type ImportRowAction = 'CREATE' | 'FILL_BLANKS' | 'MERGE_CONTACT' | { skip: ImportOutcomeReason };

export function importRowAction(rowClass: ImportRowClass, choices: ImportChoices): ImportRowAction {
  switch (rowClass) {
    case 'NEW':
      return choices.newRows === 'IMPORT' ? 'CREATE' : { skip: 'SKIPPED_BY_CHOICE' };
    case 'DUPLICATE_IN_FILE':
      return choices.duplicateInFile === 'MERGE_CONTACT' ? 'MERGE_CONTACT' : { skip: 'SKIPPED_BY_CHOICE' };
    case 'MATCHES_POOL':
      return choices.matchesPool === 'FILL_BLANKS' ? 'FILL_BLANKS' : { skip: 'SKIPPED_BY_CHOICE' };
    case 'MATCHES_OWNED':
      return { skip: 'OWNED_BY_SOMEONE' };
    case 'INVALID':
      return { skip: 'INVALID_FIELDS' };
  }
}

/**
 * The destination's problems for this importer. A rep imports only to themselves (the cards they
 * collected); managers and admins choose the pool, one rep or a spread — whether each rep is in
 * their team and can hold customers the server checks against the people it finds.
 */
export function importDestinationProblems(viewer: Viewer, destination: ImportDestination): FieldProblem[] {
  const { kind, userIds, strategy } = destination;
  if (viewer.role === 'REP' && (kind !== 'ONE_REP' || userIds.length !== 1 || userIds[0] !== viewer.userId)) {
    return [fieldProblem('destination.kind', 'NOT_AN_OPTION')];
  }
  const problems: FieldProblem[] = [];
  if (kind === 'POOL' && userIds.length) problems.push(fieldProblem('destination.userIds', 'NONE_FOR_POOL'));
  if (kind === 'ONE_REP' && userIds.length !== 1) problems.push(fieldProblem('destination.userIds', 'COUNT_RANGE', { min: 1, max: 1 }));
  if (kind === 'SPREAD' && (userIds.length < 2 || userIds.length > MAX_IMPORT_RECEIVERS)) {
    problems.push(fieldProblem('destination.userIds', 'COUNT_RANGE', { min: 2, max: MAX_IMPORT_RECEIVERS }));
  }
  if (new Set(userIds).size !== userIds.length) problems.push(fieldProblem('destination.userIds', 'LISTED_TWICE', { value: String(userIds.find((id, i) => userIds.indexOf(id) !== i)) }));
  if (kind === 'SPREAD' && !(ASSIGNMENT_STRATEGIES as readonly (string | null)[]).includes(strategy)) problems.push(fieldProblem('destination.strategy', 'REQUIRED'));
  return problems;
}

/** The fields a pool customer lacks that a row has: what "fill blank fields only" writes, and nothing else. */
export interface FillableFields {
  phone: string | null;
  email: string | null;
  website: string | null;
  industry: string | null;
  regionId: number | null;
}

export function blankFieldsToFill(existing: FillableFields, incoming: FillableFields): Partial<FillableFields> {
  const fill: Partial<FillableFields> = {};
  for (const field of Object.keys(existing) as (keyof FillableFields)[]) {
    const value = incoming[field];
    if ((existing[field] === null || existing[field] === '') && value !== null && value !== '') (fill as Record<string, unknown>)[field] = value;
  }
  return fill;
}

/**
 * How fast a write goes and how long it has left, by the server's clock: rows per second since it
 * started, and the rest at that pace. Null until a row is written (no pace to tell yet).
 */
export function importPace(job: { doneRows: number; totalRows: number; importStartedAt: Date | null }, now: Date): { rowsPerSecond: number; secondsLeft: number } | null {
  if (!job.importStartedAt || job.doneRows <= 0) return null;
  const seconds = Math.max(0.001, (now.getTime() - job.importStartedAt.getTime()) / 1000);
  const rowsPerSecond = job.doneRows / seconds;
  return { rowsPerSecond, secondsLeft: Math.ceil(Math.max(0, job.totalRows - job.doneRows) / rowsPerSecond) };
}
