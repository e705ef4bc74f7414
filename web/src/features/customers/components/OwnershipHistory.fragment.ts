import { gql } from '@apollo/client';
import type { OwnershipEventKind, UserRef } from '../customer-types';

/** The data OwnershipHistory renders. */
export const OWNERSHIP_HISTORY_FRAGMENT = gql`
  fragment OwnershipHistory_customer on Customer {
    id
    ownershipEvents {
      id
      kind
      from {
        id
        name
      }
      to {
        id
        name
      }
      actor {
        id
        name
      }
      reason
      occurredAt
    }
  }
`;

export interface OwnershipEvent {
  id: string;
  kind: OwnershipEventKind;
  from: UserRef | null;
  to: UserRef | null;
  actor: UserRef | null;
  reason: string | null;
  occurredAt: string;
}

export interface OwnershipHistoryCustomer {
  id: string;
  ownershipEvents: OwnershipEvent[];
}
