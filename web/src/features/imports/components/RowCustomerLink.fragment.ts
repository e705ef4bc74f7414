import { graphql } from '../../../gql';
import type { RowCustomerLink_CustomerFragment } from '../../../gql/graphql';

/** The customer a row wrote to, as it stands now and as the viewer may see it (no id once it is outside their reach). */
export const ROW_CUSTOMER_LINK_FRAGMENT = graphql(`
  fragment RowCustomerLink_customer on ClashCustomer {
    id
    companyName
    inPool
    owner {
      name
      departmentName
    }
  }
`);

export type RowCustomer = RowCustomerLink_CustomerFragment;
