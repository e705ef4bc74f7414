import { graphql } from '../../../gql';
import type { CustomersGrid_CustomerFragment } from '../../../gql/graphql';

/** The data CustomersGrid renders; pages and payloads spread it. */
export const CUSTOMERS_GRID_FRAGMENT = graphql(`
  fragment CustomersGrid_customer on Customer {
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
    ownedSince
    protectedUntil
    locked
    updatedAt
  }
`);

/** `protectedUntil` is null in the pool; the list counts down towards it. */
export type CustomersGridCustomer = CustomersGrid_CustomerFragment;
