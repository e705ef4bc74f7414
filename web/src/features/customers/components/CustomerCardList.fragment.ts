import { gql } from '@apollo/client';
import type { CustomerStatus } from '@berth/domain';
import type { Region, TierRef, UserRef } from '../customer-types';

/** The data CustomerCardList renders; pages and payloads spread it. */
export const CUSTOMER_CARD_LIST_FRAGMENT = gql`
  fragment CustomerCardList_customer on Customer {
    id
    companyName
    industry
    region {
      id
      name
    }
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
    protectedUntil
    locked
    updatedAt
  }
`;

export interface CustomerCardListCustomer {
  id: string;
  companyName: string;
  industry: string | null;
  region: Region | null;
  tags: string[];
  tier: TierRef;
  status: CustomerStatus;
  owner: UserRef | null;
  /** Null in the pool; the list counts down towards it. */
  protectedUntil: string | null;
  locked: boolean;
  updatedAt: string;
}
