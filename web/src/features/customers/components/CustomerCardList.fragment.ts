import { graphql } from '../../../gql';
import type { CustomerCardList_CustomerFragment } from '../../../gql/graphql';

/** The data CustomerCardList renders; pages and payloads spread it. */
export const CUSTOMER_CARD_LIST_FRAGMENT = graphql(`
  fragment CustomerCardList_customer on Customer {
    id
    companyName
    industry
    region {
      id
      name
    }
    tags
    tier {
      code
      name
    }
    status
    owner {
      id
      name
    }
    protectedUntil
    locked
    updatedAt
  }
`);

/** `protectedUntil` is null in the pool; the list counts down towards it. */
export type CustomerCardListCustomer = CustomerCardList_CustomerFragment;
