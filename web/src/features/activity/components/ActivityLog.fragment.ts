import { gql } from '@apollo/client';
import type { ActivityAction, ActivitySubject } from '@berth/domain';
import type { UserRef } from '../../customers/customer-types';

/** How many changes the tab shows: the newest, like the server's default. */
export const ACTIVITY_PAGE = 50;

/** The data ActivityLog renders: the summary and the newest changes. */
export const ACTIVITY_LOG_FRAGMENT = gql`
  fragment ActivityLog_customer on Customer {
    id
    activitySummary {
      ownerChanges
      ownersSoFar
      followUps
      edits
    }
    activity(first: ${ACTIVITY_PAGE}) {
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
`;

export interface ActivityItem {
  occurredAt: string;
  /** null = the system (a scheduled rule). */
  actor: UserRef | null;
  action: ActivityAction;
  subject: ActivitySubject;
  /** The contact, follow-up or collaborator (a user id) the line is about. */
  subjectId: string | null;
  /** COLLABORATOR lines: the colleague, named even after they were removed. */
  subjectUser: UserRef | null;
  /** null for a line about a whole record (added, removed, created). */
  field: string | null;
  /** JSON text, null when empty. */
  before: string | null;
  after: string | null;
  /** OWNER lines: null = the pool. */
  fromUser: UserRef | null;
  toUser: UserRef | null;
}

export interface ActivitySummary {
  ownerChanges: number;
  ownersSoFar: number;
  followUps: number;
  edits: number;
}

export interface ActivityLogCustomer {
  id: string;
  activitySummary: ActivitySummary;
  activity: ActivityItem[];
}
