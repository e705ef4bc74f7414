import { gql } from '@apollo/client';
import { FOLLOW_UP_ITEM_FRAGMENT, type FollowUp } from './FollowUpItem.fragment';

/** The data FollowUpTimeline renders; the page spreads it, logFollowUp adds to it (useLogFollowUp). */
export const FOLLOW_UP_TIMELINE_FRAGMENT = gql`
  fragment FollowUpTimeline_customer on Customer {
    id
    followUps {
      ...FollowUpItem_followUp
    }
  }
  ${FOLLOW_UP_ITEM_FRAGMENT}
`;

export interface FollowUpTimelineCustomer {
  id: string;
  /** Newest first (by occurredAt), at most the server's default page of 50. */
  followUps: FollowUp[];
}
