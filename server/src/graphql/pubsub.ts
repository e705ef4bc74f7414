import { createPubSub } from '@graphql-yoga/subscription';
import type { CustomerOwnership, ImportClassCounts, ImportOutcomeCounts, ImportStatus, TransferStatus } from '@berth/domain';

/**
 * What happened to customers, as the viewers concerned hear it on `myCustomersChanged`:
 * CREATED/UPDATED fields; PROTECTION_EXTENDED a valid follow-up moved the end; REMINDER the end
 * is near; RECYCLED/RETURNED/RELEASED the owner lost them to the pool (RELEASED: a manager put them
 * there); CLAIMED/ASSIGNED someone got them (ASSIGNED also: a manager moved them between reps);
 * QUOTA_CHANGED claim limits changed (a policy edit) with no customer involved.
 */
export const CUSTOMER_CHANGE_KINDS = [
  'CREATED',
  'UPDATED',
  'PROTECTION_EXTENDED',
  'REMINDER',
  'RECYCLED',
  'RETURNED',
  'RELEASED',
  'CLAIMED',
  'ASSIGNED',
  'QUOTA_CHANGED',
  // Someone in the team was disabled or enabled again; their customers stayed where they are.
  'PERSON_CHANGED',
  // An import was undone: customers it created, untouched since, no longer exist.
  'REMOVED',
  // An import of the viewer's started writing, ended, or was undone: its notification changed.
  'IMPORT_CHANGED',
] as const;
export type CustomerChangeKind = (typeof CUSTOMER_CHANGE_KINDS)[number];

/**
 * Who hears a change: viewers who can see a customer of any of `owners` (present or former
 * owners: a rep hears that a customer left them), or only `userIds`, or everyone.
 */
export type CustomerChangeAudience =
  | { owners: CustomerOwnership[] }
  | { userIds: number[] }
  | { everyone: true };

/** What travels on the bus: ids and audience only, so filters decide without a query. */
export interface CustomerChangedEvent {
  kind: CustomerChangeKind;
  customerIds: number[];
  audience: CustomerChangeAudience;
}

/** A clash was recorded; only its recipients' subscriptions pass the filter. */
export interface ClashAlertEvent {
  clashId: number;
  recipientIds: number[];
  /** Per recipient: how many attempts their (grouped) notification now stands for. */
  attemptCounts: Record<number, number>;
}

/** Customers entered or left the pool. Ids only: the pool is public, and clients refetch what they show. */
export interface PoolChangedEvent {
  kind: 'RECYCLED' | 'RETURNED' | 'RELEASED' | 'IMPORTED' | 'CLAIMED' | 'ASSIGNED' | 'REMOVED';
  customerIds: number[];
}

/** A transfer's job moved another chunk (or finished, or was decided); only those who may see the request hear it. */
export interface TransferProgressEvent {
  requestId: number;
  requestedById: number;
  fromDepartmentPath: string | null;
  status: TransferStatus;
  total: number;
  done: number;
  moved: number;
  failed: number;
}

/** Where an import stands, after each committed step of its job; heard by whoever may see the import. */
export interface ImportProgressEvent {
  jobId: number;
  createdById: number;
  creatorDepartmentPath: string | null;
  status: ImportStatus;
  totalRows: number;
  checkedRows: number;
  classCounts: Partial<ImportClassCounts>;
  errorCode: string | null;
  doneRows: number;
  outcomeCounts: Partial<ImportOutcomeCounts>;
  importStartedAt: Date | null;
  undoCounts: { removed?: number; kept?: number };
}

/**
 * Sessions ended on some instance: one signed out, or every session of a user who was disabled.
 * Every instance closes its sockets of them. Carries the token's hash, never the token.
 */
export type SessionEndedEvent = { sessionTokenHash: string } | { userId: number };

export const TOPICS = {
  customerChanged: 'CUSTOMER_CHANGED',
  clashAlert: 'CLASH_ALERT',
  poolChanged: 'POOL_CHANGED',
  sessionEnded: 'SESSION_ENDED',
  transferProgress: 'TRANSFER_PROGRESS',
  importProgress: 'IMPORT_PROGRESS',
} as const;

export type BerthPubSubTopics = {
  [TOPICS.customerChanged]: [CustomerChangedEvent];
  [TOPICS.clashAlert]: [ClashAlertEvent];
  [TOPICS.poolChanged]: [PoolChangedEvent];
  [TOPICS.sessionEnded]: [SessionEndedEvent];
  [TOPICS.transferProgress]: [TransferProgressEvent];
  [TOPICS.importProgress]: [ImportProgressEvent];
};

/**
 * The server passes a PostgresEventTarget so every instance on the database hears every event;
 * without one (schema printing, unit tests) events stay in this process.
 */
export function createBerthPubSub(eventTarget?: EventTarget) {
  return createPubSub<BerthPubSubTopics>(eventTarget ? { eventTarget: eventTarget as never } : undefined);
}

export type BerthPubSub = ReturnType<typeof createBerthPubSub>;
