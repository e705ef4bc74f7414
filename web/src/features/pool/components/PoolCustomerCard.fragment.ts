import { graphql } from '../../../gql';
import type { PoolCustomerCard_CustomerFragment, PoolEntryFieldsFragment } from '../../../gql/graphql';

/** One arrival in the pool, as the card's latest entry and the history timeline both show it. */
export const POOL_ENTRY_FIELDS_FRAGMENT = graphql(`
  fragment PoolEntryFields on PoolEntry {
    kind
    reason
    reasonDetail {
      ...EntryReasonFields
    }
    enteredAt
    previousOwner {
      name
      departmentName
    }
  }
`);

/** The data PoolCustomerCard renders; the pool query spreads it. */
export const POOL_CUSTOMER_CARD_FRAGMENT = graphql(`
  fragment PoolCustomerCard_customer on PoolCustomer {
    id
    companyName
    tier {
      code
      name
    }
    industry
    region {
      id
      name
    }
    tags
    entry {
      ...PoolEntryFields
    }
    claimHold {
      code
      until
    }
  }
`);

/** `claimHold`: a cooldown keeping the viewer from claiming it until a time. */
export type PoolCustomerCardCustomer = PoolCustomerCard_CustomerFragment;
/** One arrival in the pool; its `reason` is the server's English text, shown only when there is no `reasonDetail` to word. */
export type PoolEntry = PoolEntryFieldsFragment;
