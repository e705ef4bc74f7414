import { gql } from '@apollo/client';
import type { CustomerStatus } from '@berth/domain';
import type { Region, TierRef, UserRef } from '../customer-types';

/** The data CustomerDetails renders; pages and payloads spread it. */
export const CUSTOMER_DETAILS_FRAGMENT = gql`
  fragment CustomerDetails_customer on Customer {
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
    owner {
      id
      name
    }
    createdAt
    updatedAt
  }
`;

export interface CustomerDetailsCustomer {
  id: string;
  companyName: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  industry: string | null;
  region: Region | null;
  source: string | null;
  tags: string[];
  tier: TierRef;
  status: CustomerStatus;
  owner: UserRef | null;
  createdAt: string;
  updatedAt: string;
}
