import { gql } from '@apollo/client';
import type { Region, TierRef } from '../../customers/customer-types';
import type { ClaimHold } from '../claim-availability';
import { ENTRY_REASON_FIELDS_FRAGMENT, type EntryReasonDetail } from '../entry-reason-fields';
import type { PoolEntryKind } from '../pool-filter';

/** One arrival in the pool, as the card's latest entry and the history timeline both show it. */
export const POOL_ENTRY_FIELDS_FRAGMENT = gql`
  fragment PoolEntryFields on PoolEntry {
    kind
    reason
    reasonDetail {
      ...EntryReasonFields
    }
    enteredAt
    previousOwner {
      name
      departmentName
    }
  }
  ${ENTRY_REASON_FIELDS_FRAGMENT}
`;

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
      ...PoolEntryFields
    }
    claimHold {
      code
      until
    }
  }
  ${POOL_ENTRY_FIELDS_FRAGMENT}
`;

export interface PoolEntry {
  __typename?: 'PoolEntry';
  kind: PoolEntryKind;
  /** The server's English text: shown only when there is no `reasonDetail` to word. */
  reason: string;
  reasonDetail: EntryReasonDetail | null;
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
  /** A cooldown keeping the viewer from claiming it until a time. */
  claimHold: ClaimHold | null;
}
