import { gql } from '@apollo/client';
import type { FollowUpType } from '@berth/domain';
import type { UserRef } from '../../customers/customer-types';

/** The data PoolFollowUps renders: what previous owners logged, newest first. */
export const POOL_FOLLOW_UPS_FRAGMENT = gql`
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
`;

export interface PoolFollowUp {
  __typename?: 'FollowUp';
  id: string;
  type: FollowUpType;
  content: string;
  occurredAt: string;
  author: UserRef | null;
}

export interface PoolFollowUpsCustomer {
  id: string;
  followUps: PoolFollowUp[];
}
