import { gql } from '@apollo/client';
import { ENTRY_REASON_FIELDS_FRAGMENT, type EntryReasonDetail } from '../../pool/entry-reason-fields';
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
      reasonDetail {
        ...EntryReasonFields
      }
      occurredAt
    }
  }
  ${ENTRY_REASON_FIELDS_FRAGMENT}
`;

export interface OwnershipEvent {
  id: string;
  kind: OwnershipEventKind;
  from: UserRef | null;
  to: UserRef | null;
  actor: UserRef | null;
  /** The server's English text: shown only when there is no `reasonDetail` to word. */
  reason: string | null;
  /** Recycles and returns: the reason as data, worded in the viewer's language. */
  reasonDetail: EntryReasonDetail | null;
  occurredAt: string;
}

export interface OwnershipHistoryCustomer {
  id: string;
  ownershipEvents: OwnershipEvent[];
}
