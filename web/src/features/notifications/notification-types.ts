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
  /** Attempts by this rep on this customer the alert stands for (less than 10 minutes apart); the rest describes the latest. */
  attemptCount: number;
}

/** One of the viewer's customers is about to lose its protection (sent once per period). */
export interface ProtectionReminder {
  customerId: string;
  companyName: string;
  /** The end it warned about; a later follow-up may have moved the real one. */
  protectionEnd: string;
}

export type NotificationKind = 'CLASH' | 'REMINDER';

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  /** Its latest activity (a grouped clash alert: the latest attempt); the list is newest first by it. */
  latestAt: string;
  readAt: string | null;
  /** Set for CLASH. */
  clash: ClashAlert | null;
  /** Set for REMINDER. */
  reminder: ProtectionReminder | null;
}

/** The customer a notification is about, which opening it shows; null if the viewer may not open it. */
export function notificationCustomerId(notification: AppNotification): string | null {
  return notification.clash?.customer.id ?? notification.reminder?.customerId ?? null;
}
