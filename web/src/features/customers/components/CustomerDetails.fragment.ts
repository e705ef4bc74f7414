import { graphql } from '../../../gql';
import type { CustomerDetails_CustomerFragment } from '../../../gql/graphql';

/** The data CustomerDetails renders; pages and payloads spread it. */
export const CUSTOMER_DETAILS_FRAGMENT = graphql(`
  fragment CustomerDetails_customer on Customer {
    id
    companyName
    website
    email
    phone
    industry
    region {
      id
      name
    }
    source
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
    createdAt
    updatedAt
  }
`);

export type CustomerDetailsCustomer = CustomerDetails_CustomerFragment;
