import { gql } from '@apollo/client';
import type { Region, TierRef } from '../../customers/customer-types';
import type { PoolEntryKind } from '../pool-filter';

/** The data PoolCustomerCard renders; the pool query spreads it. */
export const POOL_CUSTOMER_CARD_FRAGMENT = gql`
  fragment PoolCustomerCard_customer on PoolCustomer {
    id
    companyName
    tier {
      code
      name
    }
    industry
    region {
      id
      name
    }
    tags
    entry {
      kind
      reason
      enteredAt
      previousOwner {
        name
        departmentName
      }
    }
  }
`;

export interface PoolEntry {
  __typename?: 'PoolEntry';
  kind: PoolEntryKind;
  reason: string;
  enteredAt: string;
  previousOwner: { name: string; departmentName: string | null } | null;
}

export interface PoolCustomerCardCustomer {
  __typename?: 'PoolCustomer';
  id: string;
  companyName: string;
  tier: TierRef;
  industry: string | null;
  region: Region | null;
  tags: string[];
  entry: PoolEntry | null;
}
