import { gql } from '@apollo/client';
import type { PoolEntry } from './PoolCustomerCard.fragment';

/** The data PoolEntryTimeline renders: every time the customer entered the pool. */
export const POOL_ENTRY_TIMELINE_FRAGMENT = gql`
  fragment PoolEntryTimeline_customer on PoolCustomer {
    id
    poolHistory {
      kind
      reason
      enteredAt
      previousOwner {
        name
        departmentName
      }
    }
  }
`;

export interface PoolEntryTimelineCustomer {
  id: string;
  /** Newest first. */
  poolHistory: PoolEntry[];
}
