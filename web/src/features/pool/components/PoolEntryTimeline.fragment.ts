import { graphql } from '../../../gql';
import type { PoolEntryTimeline_CustomerFragment } from '../../../gql/graphql';

/** The data PoolEntryTimeline renders: every time the customer entered the pool. */
export const POOL_ENTRY_TIMELINE_FRAGMENT = graphql(`
  fragment PoolEntryTimeline_customer on PoolCustomer {
    id
    poolHistory {
      ...PoolEntryFields
    }
  }
`);

/** `poolHistory`: newest first. */
export type PoolEntryTimelineCustomer = PoolEntryTimeline_CustomerFragment;
