import { graphql } from '../../../gql';

/** Keyed by its request (type-policies: TransferProgress), so each live event updates every view of it. */
export const TRANSFER_PROGRESS_FIELDS = graphql(`
  fragment TransferProgressFields on TransferProgress {
    requestId
    status
    total
    done
    moved
    failed
  }
`);

export const TRANSFER_COUNTS_FIELDS = graphql(`
  fragment TransferCountsFields on TransferCounts {
    customers
    contacts
    followUps
    openReminders
  }
`);

/** A request as a row of the list. */
export const TRANSFER_SUMMARY_FIELDS = graphql(`
  fragment TransferSummaryFields on TransferRequest {
    id
    status
    departure
    receiverMode
    needsApproval
    canDecide
    requestedAt
    from {
      id
      name
    }
    receivers {
      id
      name
    }
    requestedBy {
      id
      name
    }
    counts {
      ...TransferCountsFields
    }
    progress {
      ...TransferProgressFields
    }
  }
`);

/** A request opened: the snapshot per receiver and the decision (what stayed is its own query: transferItems). */
export const TRANSFER_DETAIL_FIELDS = graphql(`
  fragment TransferDetailFields on TransferRequest {
    ...TransferSummaryFields
    note
    keepReadDays
    decidedAt
    decisionComment
    startedAt
    finishedAt
    decidedBy {
      id
      name
    }
    perReceiver {
      customers
      user {
        id
        name
      }
    }
  }
`);
