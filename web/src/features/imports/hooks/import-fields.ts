import { graphql } from '../../../gql';

/** Rows per pre-check class, every class named. */
export const IMPORT_CLASS_COUNTS_FIELDS = graphql(`
  fragment ImportClassCountsFields on ImportClassCounts {
    NEW
    DUPLICATE_IN_FILE
    MATCHES_POOL
    MATCHES_OWNED
    INVALID
  }
`);

/** Rows per outcome of the write, every outcome named. */
export const IMPORT_OUTCOME_COUNTS_FIELDS = graphql(`
  fragment ImportOutcomeCountsFields on ImportOutcomeCounts {
    CREATED
    FILLED
    MERGED
    SKIPPED
    FAILED
    CANCELLED
  }
`);

/** How fast the write goes and the time left, by the server's clock; null unless rows are being written. */
export const IMPORT_PACE_FIELDS = graphql(`
  fragment ImportPaceFields on ImportPace {
    rowsPerSecond
    secondsLeft
  }
`);

/** Created customers an undo has gone through: removed, and kept because someone worked on them since. */
export const IMPORT_UNDO_COUNTS_FIELDS = graphql(`
  fragment ImportUndoCountsFields on ImportUndoCounts {
    removed
    kept
  }
`);

/** An import as a line of the recent imports. */
export const IMPORT_JOB_SUMMARY_FIELDS = graphql(`
  fragment ImportJobSummaryFields on ImportJob {
    id
    fileName
    fileKind
    status
    totalRows
    createdAt
    createdBy {
      id
      name
    }
  }
`);

/**
 * An import opened: its columns to map, where the pre-check stands and what it found; once
 * committed, what was chosen and how far the write is; once undone (or while), what the undo did.
 * Whether this viewer may undo it now, and until when, is the server's word (`undoableUntil`): it
 * knows the rule, who may, and the time by its own clock.
 */
export const IMPORT_JOB_DETAIL_FIELDS = graphql(`
  fragment ImportJobDetailFields on ImportJob {
    ...ImportJobSummaryFields
    source
    headers
    mapping
    sampleRows
    checkedRows
    checkedAt
    errorCode
    classCounts {
      ...ImportClassCountsFields
    }
    choices {
      newRows
      duplicateInFile
      matchesPool
    }
    destination {
      kind
      userIds
      strategy
      users {
        id
        name
      }
    }
    importStartedAt
    finishedAt
    doneRows
    pace {
      ...ImportPaceFields
    }
    outcomeCounts {
      ...ImportOutcomeCountsFields
    }
    undoCounts {
      ...ImportUndoCountsFields
    }
    undoneAt
    undoableUntil
  }
`);

/**
 * One checked row and why it is in its class (the matched customer as the duplicate check shows
 * it, as of the check); once written, what became of it and why, and the customer it wrote to as
 * it stands now; after an undo, whether that customer was removed or why it was kept.
 */
export const IMPORT_ROW_FIELDS = graphql(`
  fragment ImportRowFields on ImportRow {
    rowNumber
    cells
    class
    earlierRow
    outcome
    outcomeReason
    undo
    problems {
      field
      rule
      message
      params {
        name
        value
      }
    }
    match {
      verdict
      customer {
        ...DuplicateMatchItem_customer
      }
    }
    customer {
      ...RowCustomerLink_customer
    }
  }
`);
