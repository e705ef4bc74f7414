import { gql } from '@apollo/client';
import type { RecycleReason } from '@berth/domain';

/** Why a customer entered the pool, as data; pool entries and ownership events select the same. */
export const ENTRY_REASON_FIELDS_FRAGMENT = gql`
  fragment EntryReasonFields on EntryReason {
    kind
    rules
    followUpDays
    noDealDays
    code
    label
    note
  }
`;

/** The API's EntryReason: RECYCLED fills rules and day counts, RETURNED the code, label and note, RELEASED the manager's note. */
export interface EntryReasonDetail {
  __typename?: 'EntryReason';
  kind: 'RECYCLED' | 'RETURNED' | 'RELEASED';
  rules: RecycleReason[] | null;
  followUpDays: number | null;
  noDealDays: number | null;
  code: string | null;
  label: string | null;
  note: string | null;
}
