import type { CustomerStatus, OwnershipEventKind } from '@berth/domain';

/** Hand-written mirrors of the API contract's types (docs/api-contract.md). */
export interface TierRef {
  __typename?: 'Tier';
  code: string;
  name: string;
}
export interface Tier extends TierRef {
  rank: number;
}
export interface Region {
  __typename?: 'Region';
  id: string;
  name: string;
}
export interface UserRef {
  __typename?: 'User';
  id: string;
  name: string;
}

export type { CustomerStatus, OwnershipEventKind };

export interface CustomerFilterInput {
  text?: string;
  tags?: string[];
  industry?: string;
  regionId?: string;
  tier?: string;
  ownerId?: string;
  status?: CustomerStatus;
}

export type CustomerSortField = 'COMPANY_NAME' | 'CREATED_AT' | 'UPDATED_AT' | 'OWNED_SINCE' | 'PROTECTED_UNTIL' | 'OWNER_CHANGED_AT';
export interface CustomerSortInput {
  field: CustomerSortField;
  direction: 'ASC' | 'DESC';
}

/** CreateCustomerInput and UpdateCustomerInput share their fields; only create requires a name. */
export interface CustomerInput {
  companyName?: string;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  industry?: string | null;
  regionId?: string | null;
  source?: string | null;
  tags?: string[];
  tier?: string;
  status?: CustomerStatus;
  /** Saves through a WARN duplicate verdict; only ever sent as true. */
  acknowledgeDuplicates?: boolean;
}

export interface ContactInput {
  name?: string;
  title?: string | null;
  phones?: string[];
  emails?: string[];
  birthday?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}
