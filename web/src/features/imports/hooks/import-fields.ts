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

/** An import opened: its columns to map, where the pre-check stands and what it found. */
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
  }
`);

/** One checked row and why it is in its class. */
export const IMPORT_ROW_FIELDS = graphql(`
  fragment ImportRowFields on ImportRow {
    rowNumber
    cells
    class
    earlierRow
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
        id
        companyName
        inPool
        protectedUntil
        owner {
          name
          departmentName
        }
      }
    }
  }
`);
