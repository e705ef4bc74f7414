import { graphql } from '../../../gql';
import type { ActivityLog_CustomerFragment } from '../../../gql/graphql';

/** The data ActivityLog renders: the summary and the newest 50 changes, like the server's default. */
export const ACTIVITY_LOG_FRAGMENT = graphql(`
  fragment ActivityLog_customer on Customer {
    id
    activitySummary {
      ownerChanges
      ownersSoFar
      followUps
      edits
    }
    activity(first: 50) {
      occurredAt
      actor {
        id
        name
      }
      action
      subject
      subjectId
      subjectUser {
        id
        name
      }
      field
      before
      after
      fromUser {
        id
        name
      }
      toUser {
        id
        name
      }
    }
  }
`);

export type ActivityLogCustomer = ActivityLog_CustomerFragment;
/**
 * One line of the log. `actor` null = the system (a scheduled rule); `subjectId` is the contact,
 * follow-up or collaborator (a user id) the line is about, and `subjectUser` names a collaborator
 * even after they were removed; `field` is null for a line about a whole record; `before` and
 * `after` are JSON text (null when empty); `fromUser`/`toUser` on OWNER lines, null = the pool.
 */
export type ActivityItem = ActivityLogCustomer['activity'][number];
