import { gql } from '@apollo/client';
import { POOL_ENTRY_FIELDS_FRAGMENT, type PoolEntry } from './PoolCustomerCard.fragment';

/** The data PoolEntryTimeline renders: every time the customer entered the pool. */
export const POOL_ENTRY_TIMELINE_FRAGMENT = gql`
  fragment PoolEntryTimeline_customer on PoolCustomer {
    id
    poolHistory {
      ...PoolEntryFields
    }
  }
  ${POOL_ENTRY_FIELDS_FRAGMENT}
`;

export interface PoolEntryTimelineCustomer {
  id: string;
  /** Newest first. */
  poolHistory: PoolEntry[];
}
