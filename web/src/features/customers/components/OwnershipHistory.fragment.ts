import { graphql } from '../../../gql';
import type { OwnershipHistory_CustomerFragment } from '../../../gql/graphql';

/** The data OwnershipHistory renders. */
export const OWNERSHIP_HISTORY_FRAGMENT = graphql(`
  fragment OwnershipHistory_customer on Customer {
    id
    ownershipEvents {
      id
      kind
      from {
        id
        name
      }
      to {
        id
        name
      }
      actor {
        id
        name
      }
      reason
      reasonDetail {
        ...EntryReasonFields
      }
      occurredAt
    }
  }
`);

/**
 * An event's `reason` is the server's English text, shown only when there is no `reasonDetail`
 * (recycles and returns: the reason as data, worded in the viewer's language).
 */
export type OwnershipHistoryCustomer = OwnershipHistory_CustomerFragment;
export type OwnershipEvent = OwnershipHistoryCustomer['ownershipEvents'][number];
