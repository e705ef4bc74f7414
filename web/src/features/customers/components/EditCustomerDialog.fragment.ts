import { gql } from '@apollo/client';
import type { EditableCustomer } from '../customer-form-values';

/** The data EditCustomerDialog renders; pages and payloads spread it. */
export const EDIT_CUSTOMER_DIALOG_FRAGMENT = gql`
  fragment EditCustomerDialog_customer on Customer {
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
  }
`;

export interface EditCustomerDialogCustomer extends EditableCustomer {
  id: string;
}
