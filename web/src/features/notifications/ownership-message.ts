import type { Translate } from '../../i18n/translator';
import type { OwnershipNotice } from './notification-types';

/** The notification kinds that tell of a manager's move. */
export type OwnershipNoticeKind = 'ASSIGNED' | 'REASSIGNED' | 'RELEASED';

/**
 * What a manager's move did to the viewer's customers, as one sentence:
 * ASSIGNED "Mia Manager assigned you 3 customers" / "… assigned you Acme Ltd";
 * REASSIGNED "Mia Manager moved 2 of your customers to Carl" / "… moved Acme Ltd to Carl";
 * RELEASED "Mia Manager released 3 of your customers to the pool" / "… released Acme Ltd to the pool".
 * A single customer is named when the server sent it; the receiver while it was one person.
 */
export function ownershipMessage(kind: OwnershipNoticeKind, notice: OwnershipNotice, t: Translate): string {
  const values = { name: notice.by.name, count: notice.customerCount, company: notice.customer?.companyName ?? '', receiver: notice.receiver?.name ?? '' };
  const one = notice.customerCount === 1 && notice.customer !== null;
  if (kind === 'ASSIGNED') return t(one ? 'notifications.ownership.assignedOne' : 'notifications.ownership.assignedMany', values);
  if (kind === 'RELEASED') return t(one ? 'notifications.ownership.releasedOne' : 'notifications.ownership.releasedMany', values);
  if (notice.receiver) return t(one ? 'notifications.ownership.movedOneTo' : 'notifications.ownership.movedManyTo', values);
  return t(one ? 'notifications.ownership.movedOne' : 'notifications.ownership.movedMany', values);
}
