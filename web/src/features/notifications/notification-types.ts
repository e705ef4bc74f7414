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

/**
 * A manager moved customers: to the viewer (ASSIGNED), away from them to other reps (REASSIGNED)
 * or back to the pool (RELEASED). One notification stands for one move, however many customers it moved.
 */
export interface OwnershipNotice {
  /** The manager who moved them. */
  by: { name: string; departmentName: string | null };
  customerCount: number;
  /** The customer when it was one; `id` only while the viewer may still open it. */
  customer: { id: string | null; companyName: string } | null;
  /** REASSIGNED: who received them, while it was one person. */
  receiver: { name: string } | null;
}

export type NotificationKind = 'CLASH' | 'REMINDER' | 'ASSIGNED' | 'REASSIGNED' | 'RELEASED';

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
  /** Set for ASSIGNED, REASSIGNED and RELEASED. */
  ownership: OwnershipNotice | null;
}

/**
 * Where opening a notification goes: the customer it is about, or for customers given to the
 * viewer without one to open (several of them), their customer list, and for released ones the
 * pool; null = nowhere to go.
 */
export function notificationLink(notification: AppNotification): string | null {
  const customerId = notification.clash?.customer.id ?? notification.reminder?.customerId ?? notification.ownership?.customer?.id ?? null;
  if (customerId) return `/customers/${customerId}`;
  if (notification.kind === 'ASSIGNED') return '/customers';
  // Released customers wait in the pool, where their old owner may look at them (and claim them back, cooldown allowing).
  if (notification.kind === 'RELEASED') return '/pool';
  // Customers moved to another rep are no longer the viewer's to look at.
  return null;
}
