import { graphql } from '../../../gql';

/**
 * Everything on screen about a customer's own fields, in lists and on its page. Updates and
 * live events select it, so whatever the user is looking at refreshes from one payload.
 */
export const CUSTOMER_VIEW_FIELDS = graphql(`
  fragment CustomerViewFields on Customer {
    id
    ...CustomerHeader_customer
    ...CustomerDetails_customer
    ...EditCustomerDialog_customer
    ...CustomersGrid_customer
    ...CustomerCardList_customer
    ...ExpiringSoonPanel_customer
  }
`);
