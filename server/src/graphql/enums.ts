import { registerEnumType } from 'type-graphql';
import { CUSTOMER_CHANGE_KINDS } from './pubsub';
import { NOTIFICATION_KINDS } from '../modules/notifications/notification.entity';
import { POOL_ENTRY_KINDS } from '../modules/ownership/pool-entry.entity';
import { ACTIVITY_ACTIONS, ACTIVITY_SUBJECTS, IMPORT_FIELDS, IMPORT_ROW_CLASSES, IMPORT_STATUSES, IMPORT_DESTINATIONS, IMPORT_OUTCOMES, IMPORT_OUTCOME_REASONS, IMPORT_UNDO_KEPT_REASONS, NEW_ROW_CHOICES, DUPLICATE_IN_FILE_CHOICES, MATCHES_POOL_CHOICES, COLLABORATOR_ACCESS, TRANSFER_RECEIVER_MODES, TRANSFER_STATUSES, ASSIGNMENT_STRATEGIES, CUSTOMER_STATUSES, DUPLICATE_DEMOTIONS, ALIAS_KINDS, DUPLICATE_DIMENSIONS, FOLLOW_UP_TYPES, OWNERSHIP_EVENT_KINDS, RECYCLE_COMBINATIONS, RECYCLE_REASONS, ROLES } from '@berth/domain';

/** type-graphql wants enum objects; the domain keeps plain string lists. This bridges once. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumOf(ROLES);
export const CustomerStatusEnum = enumOf(CUSTOMER_STATUSES);
export const OwnershipEventKindEnum = enumOf(OWNERSHIP_EVENT_KINDS);
export const CustomerSortFieldEnum = enumOf(['COMPANY_NAME', 'CREATED_AT', 'UPDATED_AT', 'OWNED_SINCE', 'PROTECTED_UNTIL', 'OWNER_CHANGED_AT'] as const);
export type CustomerSortField = keyof typeof CustomerSortFieldEnum;
export const SortDirectionEnum = enumOf(['ASC', 'DESC'] as const);
export type SortDirection = keyof typeof SortDirectionEnum;
export const MyCustomersChangeKindEnum = enumOf(CUSTOMER_CHANGE_KINDS);
export const DuplicateDimensionEnum = enumOf(DUPLICATE_DIMENSIONS);
export const MatchMethodEnum = enumOf(['EXACT', 'SIMILAR'] as const);
export const DuplicateActionEnum = enumOf(['WARN', 'BLOCK'] as const);
export const DuplicateVerdictEnum = enumOf(['CLEAR', 'WARN', 'BLOCK'] as const);
export const DuplicateDemotionEnum = enumOf(DUPLICATE_DEMOTIONS);
export const AliasKindEnum = enumOf(ALIAS_KINDS);
export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
export const FollowUpTypeEnum = enumOf(FOLLOW_UP_TYPES);
export const RecycleCombinationEnum = enumOf(RECYCLE_COMBINATIONS);
export const PoolChangeKindEnum = enumOf(['RECYCLED', 'RETURNED', 'RELEASED', 'IMPORTED', 'CLAIMED', 'ASSIGNED', 'REMOVED'] as const);
export const PoolEntryKindEnum = enumOf(POOL_ENTRY_KINDS);
export const AssignmentStrategyEnum = enumOf(ASSIGNMENT_STRATEGIES);
export const EntryReasonKindEnum = enumOf(['RECYCLED', 'RETURNED', 'RELEASED'] as const);
export const TransferReceiverModeEnum = enumOf(TRANSFER_RECEIVER_MODES);
export const TransferStatusEnum = enumOf(TRANSFER_STATUSES);
export const CollaboratorAccessEnum = enumOf(COLLABORATOR_ACCESS);
export const ActivityActionEnum = enumOf(ACTIVITY_ACTIONS);
export const ActivitySubjectEnum = enumOf(ACTIVITY_SUBJECTS);
export const ImportFieldEnum = enumOf(IMPORT_FIELDS);
export const ImportStatusEnum = enumOf(IMPORT_STATUSES);
export const ImportRowClassEnum = enumOf(IMPORT_ROW_CLASSES);
export const ImportDestinationKindEnum = enumOf(IMPORT_DESTINATIONS);
export const ImportOutcomeEnum = enumOf(IMPORT_OUTCOMES);
export const ImportOutcomeReasonEnum = enumOf(IMPORT_OUTCOME_REASONS);
export const ImportUndoResultEnum = enumOf(['REMOVED', ...IMPORT_UNDO_KEPT_REASONS] as const);
export const ImportNewRowChoiceEnum = enumOf(NEW_ROW_CHOICES);
export const ImportDuplicateInFileChoiceEnum = enumOf(DUPLICATE_IN_FILE_CHOICES);
export const ImportMatchesPoolChoiceEnum = enumOf(MATCHES_POOL_CHOICES);
export const CustomerAccessEnum = enumOf(['FULL', ...COLLABORATOR_ACCESS] as const);
export const RecycleRuleEnum = enumOf(RECYCLE_REASONS);

registerEnumType(RoleEnum, { name: 'Role', description: 'REP owns customers; MANAGER sees their department subtree; ADMIN sees all and sets rules.' });
registerEnumType(CustomerStatusEnum, { name: 'CustomerStatus' });
registerEnumType(OwnershipEventKindEnum, { name: 'OwnershipEventKind' });
registerEnumType(CustomerSortFieldEnum, {
  name: 'CustomerSortField',
  valuesConfig: {
    UPDATED_AT: { description: 'Last edit of the record, or a hand-over by a person (claim, assignment, return); the sweep\'s recycles leave it.' },
    OWNER_CHANGED_AT: { description: 'When the customer last changed hands: for pool customers, when they arrived.' },
  },
});
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });
registerEnumType(MyCustomersChangeKindEnum, { name: 'MyCustomersChangeKind' });
registerEnumType(DuplicateDimensionEnum, { name: 'DuplicateDimension' });
registerEnumType(MatchMethodEnum, { name: 'MatchMethod' });
registerEnumType(DuplicateActionEnum, { name: 'DuplicateAction' });
registerEnumType(DuplicateVerdictEnum, { name: 'DuplicateVerdict', description: 'CLEAR: no match; WARN: save needs acknowledgeDuplicates; BLOCK: refused.' });
registerEnumType(DuplicateDemotionEnum, {
  name: 'DuplicateDemotion',
  description:
    'Why a match whose rule blocks only warns. CHAIN_BRANCH: the same name, but both have valid phones in different areas or countries; ' +
    'SHARED_KEY: the email, phone or domain is held by 3 or more existing customers (sharedBy); GENERIC_NAME: both names are only place, industry and honorific words, and nothing else matches.',
});
registerEnumType(AliasKindEnum, { name: 'AliasKind', description: "A customer's other name: its name before a renaming, its English or Chinese name, or a brand it trades under." });
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(FollowUpTypeEnum, { name: 'FollowUpType' });
registerEnumType(RecycleCombinationEnum, { name: 'RecycleCombination', description: 'ANY: the first recycle rule that fires recycles; ALL: every rule that is on must have fired.' });
registerEnumType(PoolChangeKindEnum, { name: 'PoolChangeKind', description: 'RECYCLED, RETURNED, RELEASED and IMPORTED: customers entered the pool; CLAIMED and ASSIGNED: they left it; REMOVED: an undone import took them out of Berth.' });
registerEnumType(PoolEntryKindEnum, { name: 'PoolEntryKind', description: 'How a customer entered the pool: RECYCLED by the sweep, RETURNED by its owner, RELEASED by a manager.' });
registerEnumType(AssignmentStrategyEnum, { name: 'AssignmentStrategy', description: 'ROUND_ROBIN: the chosen reps in turn; FEWEST_HELD_FIRST: always the rep holding fewest. Reps at their cap are skipped.' });
registerEnumType(EntryReasonKindEnum, { name: 'EntryReasonKind', description: 'RECYCLED: by the rules; RETURNED: by its owner, with a reason from the policy; RELEASED: by a manager or admin, with their note.' });
registerEnumType(RecycleRuleEnum, { name: 'RecycleRule', description: 'NO_VALID_FOLLOW_UP: no counted follow-up in time; NO_DEAL: no won deal in time.' });
registerEnumType(TransferReceiverModeEnum, { name: 'TransferReceiverMode', description: 'ONE: all to one rep; SPREAD: over the chosen reps, the one holding fewest first; POOL: back to the public pool.' });
registerEnumType(TransferStatusEnum, {
  name: 'TransferStatus',
  description: 'PENDING: waits for an approver; REJECTED: nothing moved; QUEUED: approved, about to run; RUNNING: moving; DONE: every customer has its outcome.',
});
registerEnumType(CollaboratorAccessEnum, { name: 'CollaboratorAccess', description: 'READ: sees the customer; WRITE: may also edit it, its contacts and follow-ups. Neither may move it.' });
registerEnumType(CustomerAccessEnum, { name: 'CustomerAccess', description: 'How you may use a customer: FULL (you own it or manage its owner), or as a collaborator, WRITE or READ.' });
registerEnumType(ActivityActionEnum, {
  name: 'ActivityAction',
  description: 'CREATE, EDIT, ADD, REMOVE: a person changed the record, a contact, a follow-up or a collaborator; IMPORT; CLAIM, ASSIGN, TRANSFER, RETURN, RELEASE: an owner move; RULE: the recycle sweep.',
});
registerEnumType(ActivitySubjectEnum, { name: 'ActivitySubject', description: 'What changed: the CUSTOMER record, a CONTACT, a FOLLOW_UP, a COLLABORATOR, or the OWNER.' });
registerEnumType(ImportFieldEnum, {
  name: 'ImportField',
  description: "What a column of a card file fills: the customer's company name, phone, email, website, industry, region, source or tags, or its contact's name, title, mobile or email.",
});
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'UPLOADED: waiting for the column mapping; CHECKING/CHECKED: rows classified; IMPORTING; DONE; CANCELLED; FAILED: the file could not be read to the end; UNDONE.',
});
registerEnumType(ImportDestinationKindEnum, { name: 'ImportDestinationKind', description: 'POOL: the public pool, with no owner; ONE_REP; SPREAD: over several reps.' });
registerEnumType(ImportOutcomeEnum, {
  name: 'ImportOutcome',
  description: 'CREATED: a new customer; FILLED: a pool customer\'s blank fields filled; MERGED: a contact added to the customer an earlier row became; SKIPPED; FAILED; CANCELLED: the import was stopped before the row.',
});
registerEnumType(ImportUndoResultEnum, { name: 'ImportUndoResult', description: 'REMOVED; or kept: MOVED_SINCE (claimed, given or returned since), FOLLOWED_UP, CHANGED_SINCE (edited, contacts or collaborators changed).' });
registerEnumType(ImportOutcomeReasonEnum, { name: 'ImportOutcomeReason', description: 'Why a row was skipped, failed or cancelled.' });
registerEnumType(ImportNewRowChoiceEnum, { name: 'ImportNewRowChoice', description: 'New rows: IMPORT or SKIP.' });
registerEnumType(ImportDuplicateInFileChoiceEnum, { name: 'ImportDuplicateInFileChoice', description: 'Rows repeating an earlier row: MERGE_CONTACT (add the contact to that customer) or SKIP.' });
registerEnumType(ImportMatchesPoolChoiceEnum, { name: 'ImportMatchesPoolChoice', description: 'Rows matching a pool customer: FILL_BLANKS (only the fields it lacks) or SKIP.' });
registerEnumType(ImportRowClassEnum, {
  name: 'ImportRowClass',
  description: 'NEW; DUPLICATE_IN_FILE: the same company as an earlier row; MATCHES_POOL / MATCHES_OWNED: Berth has it, in the pool or owned; INVALID: a field is wrong.',
});
