import { isViewer, type ViewerName } from '../duplicates/duplicate-explanations';
import { DIMENSION_WORDS } from '../duplicates/duplicate-labels';
import type { ClashAlert } from './notification-types';

/** "3 attempts" for a grouped alert; nothing for a single attempt. */
export function attemptsLabel(alert: Pick<ClashAlert, 'attemptCount'>): string | null {
  return alert.attemptCount > 1 ? `${alert.attemptCount} attempts` : null;
}

/** "Emma Novak tried to add Acme Trading", or "… Acme Trading (3 attempts)" when repeated. */
export function clashHeadline(alert: ClashAlert): string {
  const attempts = attemptsLabel(alert);
  return `${alert.attemptedBy.name} tried to add ${alert.attemptedName}${attempts ? ` (${attempts})` : ''}`;
}

/**
 * "matches your customer Acme Trading Co., Ltd. on name, phone". A manager receives the alerts
 * of their team's customers too, so the owner is named when it is someone else.
 */
export function clashDetail(alert: ClashAlert, viewer: ViewerName): string {
  const { owner, companyName } = alert.customer;
  const whose = owner === null ? 'the pool customer' : isViewer(owner, viewer) ? 'your customer' : `${owner.name}'s customer`;
  const on = alert.dimensions.length > 0 ? ` on ${alert.dimensions.map((d) => DIMENSION_WORDS[d]).join(', ')}` : '';
  return `matches ${whose} ${companyName}${on}`;
}

/** The whole sentence, for the toast that announces a clash as it happens. */
export function clashMessage(alert: ClashAlert, viewer: ViewerName): string {
  return `${clashHeadline(alert)} — ${clashDetail(alert, viewer)}`;
}
