import type { ClashAlertFieldsFragment, NotificationItem_NotificationFragment } from '../../gql/graphql';

/** The notification types in docs/api-contract.md, as generated from schema.graphql. */
export type { NotificationKind } from '../../gql/graphql';

/**
 * Someone tried to enter a customer the recipient owns or manages (its owner). `attemptedName` is
 * the company name as the other rep typed it; `attemptCount` the attempts by this rep on this
 * customer the alert stands for (less than 10 minutes apart), the rest describing the latest.
 */
export type ClashAlert = ClashAlertFieldsFragment;

/**
 * `latestAt` is its latest activity (a grouped clash alert: the latest attempt); the list is newest
 * first by it. `clash` is set for CLASH, `reminder` for REMINDER, `ownership` for ASSIGNED,
 * REASSIGNED and RELEASED.
 */
export type AppNotification = NotificationItem_NotificationFragment;

/** One of the viewer's customers is about to lose its protection (sent once per period); `protectionEnd` is the end it warned about. */
export type ProtectionReminder = NonNullable<AppNotification['reminder']>;

/**
 * A manager moved customers: to the viewer (ASSIGNED), away from them to other reps (REASSIGNED)
 * or back to the pool (RELEASED). One notification stands for one move, however many customers it
 * moved; `customer` when it was one (`id` only while the viewer may still open it), `receiver`
 * while it was one person.
 */
export type OwnershipNotice = NonNullable<AppNotification['ownership']>;

/** An import of the viewer's: being written, ended, cancelled while written, being undone or undone (IMPORT). */
export type ImportNotice = NonNullable<AppNotification['importJob']>;

/**
 * Where opening a notification goes: the import it follows, the customer it is about, or for customers given to the
 * viewer without one to open (several of them), their customer list, and for released ones the
 * pool; null = nowhere to go.
 */
export function notificationLink(notification: AppNotification): string | null {
  if (notification.importJob) return `/imports/${notification.importJob.id}`;
  const customerId = notification.clash?.customer.id ?? notification.reminder?.customerId ?? notification.ownership?.customer?.id ?? null;
  if (customerId) return `/customers/${customerId}`;
  if (notification.kind === 'ASSIGNED') return '/customers';
  // Released customers wait in the pool, where their old owner may look at them (and claim them back, cooldown allowing).
  if (notification.kind === 'RELEASED') return '/pool';
  // Customers moved to another rep are no longer the viewer's to look at.
  return null;
}
