import { graphql } from '../../../gql';
import type { CustomerHeader_CustomerFragment } from '../../../gql/graphql';

/** The data CustomerHeader renders; pages and payloads spread it. */
export const CUSTOMER_HEADER_FRAGMENT = graphql(`
  fragment CustomerHeader_customer on Customer {
    id
    companyName
    aliases {
      kind
      name
    }
    tier {
      code
      name
    }
    status
    owner {
      id
      name
    }
    ownedSince
    protectedUntil
  }
`);

/** `protectedUntil`: nobody else may take the customer before it; null in the pool. */
export type CustomerHeaderCustomer = CustomerHeader_CustomerFragment;
