/** What the dashboard reads of a transfer request (schema.graphql: TransferRequest and its parts). */
export type TransferStatus = 'PENDING' | 'QUEUED' | 'RUNNING' | 'DONE' | 'REJECTED';
export type TransferReceiverMode = 'ONE' | 'SPREAD' | 'POOL';
/** Why a customer stayed with its owner (null until the job reached it). */
export type TransferOutcome = 'MOVED' | 'OWNER_CHANGED' | 'HOLDING_CAP_REACHED' | 'REP_DISABLED';

export interface TransferPerson {
  __typename?: 'User';
  id: string;
  name: string;
}

export interface TransferCounts {
  __typename?: 'TransferCounts';
  customers: number;
  contacts: number;
  followUps: number;
  openReminders: number;
}

export interface TransferProgress {
  __typename?: 'TransferProgress';
  requestId: string;
  status: TransferStatus;
  total: number;
  done: number;
  moved: number;
  failed: number;
}

/** How many customers one receiver gets; `user` null is the pool; `room` only in a preview. */
export interface TransferShare {
  __typename?: 'TransferReceiverShare';
  user: TransferPerson | null;
  customers: number;
  room?: number | null;
}

export interface TransferSummary {
  __typename?: 'TransferRequest';
  id: string;
  status: TransferStatus;
  departure: boolean;
  receiverMode: TransferReceiverMode;
  needsApproval: boolean;
  canDecide: boolean;
  requestedAt: string;
  from: TransferPerson;
  receivers: TransferPerson[];
  requestedBy: TransferPerson;
  counts: TransferCounts;
  progress: TransferProgress;
}

export interface TransferFailedItem {
  __typename?: 'TransferItem';
  customerId: string;
  companyName: string | null;
  outcome: string | null;
  doneAt: string | null;
  to: TransferPerson | null;
}

export interface TransferDetail extends TransferSummary {
  note: string;
  keepReadDays: number | null;
  decidedAt: string | null;
  decidedBy: TransferPerson | null;
  decisionComment: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  perReceiver: TransferShare[];
}

export interface TransferPreview {
  __typename?: 'TransferPreview';
  needsApproval: boolean;
  counts: TransferCounts;
  perReceiver: TransferShare[];
}

export interface TransferInput {
  fromUserId: string;
  customerIds?: string[];
  receiverMode: TransferReceiverMode;
  toUserIds: string[];
  keepReadDays?: number | null;
  note: string;
}

/** Statuses after which nothing changes any more. */
export function isFinished(status: TransferStatus): boolean {
  return status === 'DONE' || status === 'REJECTED';
}
