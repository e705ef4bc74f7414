import { gql } from '@apollo/client';

/** The data ContactList renders; the page and every contact mutation payload spread it. */
export const CONTACT_LIST_FRAGMENT = gql`
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
`;

export interface Contact {
  __typename?: 'Contact';
  id: string;
  name: string;
  title: string | null;
  phones: string[];
  emails: string[];
  /** YYYY-MM-DD */
  birthday: string | null;
}

export interface ContactListCustomer {
  id: string;
  contacts: Contact[];
}
