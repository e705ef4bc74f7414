import { graphql } from '../../../gql';
import type { PoolFollowUps_CustomerFragment } from '../../../gql/graphql';

/** The data PoolFollowUps renders: what previous owners logged, newest first. */
export const POOL_FOLLOW_UPS_FRAGMENT = graphql(`
  fragment PoolFollowUps_customer on PoolCustomer {
    id
    followUps {
      id
      type
      content
      occurredAt
      author {
        id
        name
      }
    }
  }
`);

export type PoolFollowUpsCustomer = PoolFollowUps_CustomerFragment;
