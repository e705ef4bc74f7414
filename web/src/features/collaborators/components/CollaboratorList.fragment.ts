import { gql } from '@apollo/client';
import type { CollaboratorAccess } from '@berth/domain';
import type { UserRef } from '../../customers/customer-types';

/** FULL: the owner or a manager over them; READ or WRITE: a collaborator. */
export type CustomerAccess = 'FULL' | CollaboratorAccess;

/** The data CollaboratorList renders; the page spreads it and the collaborator mutations select it. */
export const COLLABORATOR_LIST_FRAGMENT = gql`
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
`;

export interface Collaborator {
  user: UserRef;
  access: CollaboratorAccess;
  /** null = until removed. */
  expiresAt: string | null;
  grantedAt: string;
  grantedBy: UserRef;
}

export interface CollaboratorListCustomer {
  id: string;
  companyName: string;
  myAccess: CustomerAccess;
  owner: UserRef | null;
  /** Live grants only: an expired one is gone at its expiry. */
  collaborators: Collaborator[];
}
