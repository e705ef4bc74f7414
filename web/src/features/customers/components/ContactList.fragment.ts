import { graphql } from '../../../gql';
import type { ContactList_CustomerFragment } from '../../../gql/graphql';

/** The data ContactList renders; the page and every contact mutation payload spread it. */
export const CONTACT_LIST_FRAGMENT = graphql(`
  fragment ContactList_customer on Customer {
    id
    contacts {
      id
      name
      title
      phones
      emails
      birthday
    }
  }
`);

/** A contact's `birthday` is YYYY-MM-DD. */
export type ContactListCustomer = ContactList_CustomerFragment;
export type Contact = ContactListCustomer['contacts'][number];
