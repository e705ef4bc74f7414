import { graphql } from '../../gql';
import type { EntryReasonFieldsFragment } from '../../gql/graphql';

/** Why a customer entered the pool, as data; pool entries and ownership events select the same. */
export const ENTRY_REASON_FIELDS_FRAGMENT = graphql(`
  fragment EntryReasonFields on EntryReason {
    kind
    rules
    followUpDays
    noDealDays
    code
    label
    note
  }
`);

/** The API's EntryReason: RECYCLED fills rules and day counts, RETURNED the code, label and note, RELEASED the manager's note. */
export type EntryReasonDetail = EntryReasonFieldsFragment;
