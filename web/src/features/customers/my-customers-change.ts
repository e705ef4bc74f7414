import type { AlertColor } from '@mui/material/Alert';
import type { Formatter } from '../../i18n/formatter';
import type { MyCustomersChangedSubscription, MyCustomersChangeKind } from '../../gql/graphql';
import type { Translate } from '../../i18n/translator';

export type { MyCustomersChangeKind };

type ChangeEvent = MyCustomersChangedSubscription['myCustomersChanged'];

/**
 * One `myCustomersChanged` event, with what the toasts need of its customer (there only when
 * exactly one customer is concerned and the viewer may still see it).
 */
export type MyCustomersChange = Pick<ChangeEvent, 'kind' | 'customerIds'> & {
  customer: Pick<NonNullable<ChangeEvent['customer']>, 'id' | 'companyName' | 'protectedUntil'> | null;
};

/** What the dashboard refreshes after an event. A customer in the payload patches the cache by itself. */
export interface ChangeReactions {
  /** Drop the cached customer lists (the expiring-soon panel is one): only the server knows the new pages. */
  lists: boolean;
  /** Ask for the claim quota again. */
  quota: boolean;
  /** Ask for the notifications again: the server filed a reminder, or a notice of a manager's move (ASSIGNED, REASSIGNED, RELEASED). */
  notifications: boolean;
  /**
   * Read the pool policy again: an admin saved it, so the reminder lead, the time zone or what it
   * spares (won, locked) may differ, and with them the countdown colours and the expiring-soon window.
   */
  policy: boolean;
}

const NONE: ChangeReactions = { lists: false, quota: false, notifications: false, policy: false };
const OWNERSHIP: ChangeReactions = { ...NONE, lists: true, quota: true };

const REACTIONS: Record<MyCustomersChangeKind, ChangeReactions> = {
  CREATED: { ...NONE, lists: true },
  UPDATED: NONE,
  PROTECTION_EXTENDED: NONE,
  REMINDER: { ...NONE, notifications: true },
  RECYCLED: OWNERSHIP,
  RETURNED: OWNERSHIP,
  // A manager put the viewer's (or their team's) customers back in the pool: the owner gets a notice.
  RELEASED: { ...OWNERSHIP, notifications: true },
  CLAIMED: OWNERSHIP,
  // A manager's assignment also files a notice for the rep who got them and the one who lost them.
  ASSIGNED: { ...OWNERSHIP, notifications: true },
  // An admin saved the policy: every owned customer's protection end is re-derived (the lists,
  // the expiring-soon panel among them, are read again), the limits may move (the quota), and
  // the rules the countdowns colour by may change (the policy).
  QUOTA_CHANGED: { lists: true, quota: true, notifications: false, policy: true },
  // A colleague was disabled or enabled again: no customer moved (the Team page reads itself again on any change).
  PERSON_CHANGED: NONE,
  // An import was undone: customers it created, untouched since, are gone from the lists and the holdings.
  REMOVED: OWNERSHIP,
  // An import of the viewer's started writing, ended or was undone: its notification changed, and customers may have arrived.
  IMPORT_CHANGED: { ...NONE, lists: true, notifications: true },
};

export function reactionsTo(change: MyCustomersChange): ChangeReactions {
  const reactions = REACTIONS[change.kind];
  // Several customers (or one the viewer no longer sees) come without a payload to patch the
  // cache with: the lists showing them are read again instead.
  const unpatched = change.customer === null && change.customerIds.length > 0;
  return unpatched && !reactions.lists ? { ...reactions, lists: true } : reactions;
}

/**
 * What the viewer is told at once, if anything, in their language: a reminder to their own
 * customer, or (for a rep) customers they lost to the pool. A manager hears every recycle in the
 * team, so only the lists move.
 */
export function changeToast(
  change: MyCustomersChange,
  viewer: { seesTeam: boolean },
  now: Date,
  t: Translate,
  fmt: Formatter,
): { message: string; severity: AlertColor } | null {
  const { kind, customer, customerIds } = change;
  if (kind === 'REMINDER') {
    const end = customer ? fmt.end(customer.protectedUntil, now) : null;
    const message =
      customer && end
        ? t('customers.toast.reminderOne', { name: customer.companyName, end })
        : t('customers.toast.reminderMany', { count: customerIds.length });
    return { message, severity: 'warning' };
  }
  if (kind === 'RECYCLED' && !viewer.seesTeam && customerIds.length > 0) {
    const message =
      customer && customerIds.length === 1
        ? t('customers.toast.recycledOne', { name: customer.companyName })
        : t('customers.toast.recycledMany', { count: customerIds.length });
    return { message, severity: 'warning' };
  }
  return null;
}
