import { gql } from '@apollo/client';
import type { FollowUpType } from '@berth/domain';
import type { UserRef } from '../../customers/customer-types';

/** The data FollowUpItem renders; the timeline and the logFollowUp payload spread it. */
export const FOLLOW_UP_ITEM_FRAGMENT = gql`
  fragment FollowUpItem_followUp on FollowUp {
    id
    type
    content
    occurredAt
    nextStep
    remindAt
    author {
      id
      name
    }
    counted
    createdAt
  }
`;

export interface FollowUp {
  __typename?: 'FollowUp';
  id: string;
  type: FollowUpType;
  content: string;
  /** When the contact happened (never in the future). */
  occurredAt: string;
  nextStep: string | null;
  remindAt: string | null;
  author: UserRef | null;
  /** A valid follow-up under the team's policy: it extended protection. */
  counted: boolean;
  createdAt: string;
}
