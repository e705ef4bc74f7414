import { graphql } from '../../../gql';
import type { CollaboratorList_CustomerFragment } from '../../../gql/graphql';

/** FULL: the owner or a manager over them; READ or WRITE: a collaborator. */
export type { CustomerAccess } from '../../../gql/graphql';

/** The data CollaboratorList renders; the page spreads it and the collaborator mutations select it. */
export const COLLABORATOR_LIST_FRAGMENT = graphql(`
  fragment CollaboratorList_customer on Customer {
    id
    companyName
    myAccess
    owner {
      id
      name
    }
    collaborators {
      user {
        id
        name
      }
      access
      expiresAt
      grantedAt
      grantedBy {
        id
        name
      }
    }
  }
`);

/** `collaborators` holds live grants only (an expired one is gone at its expiry); `expiresAt` null = until removed. */
export type CollaboratorListCustomer = CollaboratorList_CustomerFragment;
export type Collaborator = CollaboratorListCustomer['collaborators'][number];
