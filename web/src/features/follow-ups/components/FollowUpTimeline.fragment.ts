import { graphql } from '../../../gql';
import type { FollowUpTimeline_CustomerFragment } from '../../../gql/graphql';

/** The data FollowUpTimeline renders; the page spreads it, logFollowUp adds to it (useLogFollowUp). */
export const FOLLOW_UP_TIMELINE_FRAGMENT = graphql(`
  fragment FollowUpTimeline_customer on Customer {
    id
    followUps {
      ...FollowUpItem_followUp
    }
  }
`);

/** `followUps`: newest first (by occurredAt), at most the server's default page of 50. */
export type FollowUpTimelineCustomer = FollowUpTimeline_CustomerFragment;
