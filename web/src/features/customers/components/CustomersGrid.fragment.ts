import { gql } from '@apollo/client';
import type { CustomerStatus } from '@berth/domain';
import type { Region, TierRef, UserRef } from '../customer-types';

/** The data CustomersGrid renders; pages and payloads spread it. */
export const CUSTOMERS_GRID_FRAGMENT = gql`
  fragment CustomersGrid_customer on Customer {
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
    ownedSince
    protectedUntil
    locked
    updatedAt
  }
`;

export interface CustomersGridCustomer {
  id: string;
  companyName: string;
  industry: string | null;
  region: Region | null;
  tags: string[];
  tier: TierRef;
  status: CustomerStatus;
  owner: UserRef | null;
  ownedSince: string | null;
  /** Null in the pool; the list counts down towards it. */
  protectedUntil: string | null;
  locked: boolean;
  updatedAt: string;
}
