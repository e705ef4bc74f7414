import { gql } from '@apollo/client';
import { CUSTOMER_CARD_LIST_FRAGMENT } from '../components/CustomerCardList.fragment';
import { CUSTOMER_DETAILS_FRAGMENT } from '../components/CustomerDetails.fragment';
import { CUSTOMER_HEADER_FRAGMENT } from '../components/CustomerHeader.fragment';
import { CUSTOMERS_GRID_FRAGMENT } from '../components/CustomersGrid.fragment';
import { EDIT_CUSTOMER_DIALOG_FRAGMENT } from '../components/EditCustomerDialog.fragment';
import { EXPIRING_SOON_PANEL_FRAGMENT } from '../components/ExpiringSoonPanel.fragment';

/**
 * Everything on screen about a customer's own fields, in lists and on its page. Updates and
 * live events select it, so whatever the user is looking at refreshes from one payload.
 */
export const CUSTOMER_VIEW_FIELDS = gql`
  fragment CustomerViewFields on Customer {
    id
    ...CustomerHeader_customer
    ...CustomerDetails_customer
    ...EditCustomerDialog_customer
    ...CustomersGrid_customer
    ...CustomerCardList_customer
    ...ExpiringSoonPanel_customer
  }
  ${CUSTOMER_HEADER_FRAGMENT}
  ${CUSTOMER_DETAILS_FRAGMENT}
  ${EDIT_CUSTOMER_DIALOG_FRAGMENT}
  ${CUSTOMERS_GRID_FRAGMENT}
  ${CUSTOMER_CARD_LIST_FRAGMENT}
  ${EXPIRING_SOON_PANEL_FRAGMENT}
`;
