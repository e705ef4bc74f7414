import { graphql } from '../../../gql';
import type { FollowUpItem_FollowUpFragment } from '../../../gql/graphql';

/** The data FollowUpItem renders; the timeline and the logFollowUp payload spread it. */
export const FOLLOW_UP_ITEM_FRAGMENT = graphql(`
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
`);

/** `occurredAt`: when the contact happened (never in the future); `counted`: valid under the team's policy, so it extended protection. */
export type FollowUp = FollowUpItem_FollowUpFragment;
