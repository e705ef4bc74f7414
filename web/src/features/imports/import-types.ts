import type {
  ImportClassCountsFieldsFragment,
  ImportJobDetailFieldsFragment,
  ImportJobSummaryFieldsFragment,
  ImportOutcomeCountsFieldsFragment,
  ImportPaceFieldsFragment,
  ImportProgressSubscription,
  ImportRowFieldsFragment,
  ImportUndoCountsFieldsFragment,
} from '../../gql/graphql';

/** What the dashboard reads of an import (schema.graphql: ImportJob and its parts), as generated. */
export type {
  AssignmentStrategy,
  CommitImportInput,
  ImportChoicesInput,
  ImportDestinationKind,
  ImportField,
  ImportOutcome,
  ImportOutcomeReason,
  ImportRowClass,
  ImportStatus,
  ImportUndoResult,
} from '../../gql/graphql';

export type ImportClassCounts = ImportClassCountsFieldsFragment;
export type ImportOutcomeCounts = ImportOutcomeCountsFieldsFragment;
export type ImportPace = ImportPaceFieldsFragment;
export type ImportUndoCounts = ImportUndoCountsFieldsFragment;
export type ImportJobSummary = ImportJobSummaryFieldsFragment;
export type ImportJobDetail = ImportJobDetailFieldsFragment;
export type ImportRow = ImportRowFieldsFragment;
export type ImportProblem = ImportRow['problems'][number];
export type ImportProgress = ImportProgressSubscription['importProgress'];
