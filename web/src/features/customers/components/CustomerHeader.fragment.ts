import { gql } from '@apollo/client';
import type { CustomerStatus } from '@berth/domain';
import type { TierRef, UserRef } from '../customer-types';

/** The data CustomerHeader renders; pages and payloads spread it. */
export const CUSTOMER_HEADER_FRAGMENT = gql`
  fragment CustomerHeader_customer on Customer {
    id
    companyName
    tier {
      code
      name
    }
    status
    owner {
      id
      name
    }
    ownedSince
    protectedUntil
  }
`;

export interface CustomerHeaderCustomer {
  id: string;
  companyName: string;
  tier: TierRef;
  status: CustomerStatus;
  owner: UserRef | null;
  ownedSince: string | null;
  /** Nobody else may take the customer before it; null in the pool. */
  protectedUntil: string | null;
}
