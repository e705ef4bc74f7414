import { graphql } from '../../../gql';
import type { EditCustomerDialog_CustomerFragment } from '../../../gql/graphql';

/** The data EditCustomerDialog renders; pages and payloads spread it. */
export const EDIT_CUSTOMER_DIALOG_FRAGMENT = graphql(`
  fragment EditCustomerDialog_customer on Customer {
    id
    companyName
    aliases {
      kind
      name
    }
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
  }
`);

export type EditCustomerDialogCustomer = EditCustomerDialog_CustomerFragment;
