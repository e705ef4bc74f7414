import type { ClashCustomer, ClashOwner, DuplicateDimension, DuplicateVerdict } from '../duplicates/duplicate-types';

/** Hand-written mirrors of the notification types in docs/api-contract.md (issue 3). */
export interface ClashAlert {
  id: string;
  attemptedAt: string;
  /** The rep who tried to enter the company. */
  attemptedBy: ClashOwner;
  /** The existing customer; the recipient owns it or manages its owner. */
  customer: ClashCustomer;
  verdict: DuplicateVerdict;
  dimensions: DuplicateDimension[];
  /** The company name as the other rep typed it. */
  attemptedName: string;
}

export type NotificationKind = 'CLASH';

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  clash: ClashAlert | null;
}
