import type { I18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translator';
import { isViewer, type ViewerName } from '../duplicates/duplicate-explanations';
import { dimensionList } from '../duplicates/dimension-list';
import type { ClashAlert } from './notification-types';

/** What phrases a clash: the viewer's messages, and their locale for lists ("name, phone"). */
export type ClashWords = Pick<I18n, 't' | 'locale'>;

/** "Emma Novak tried to add Acme Trading", or "… Acme Trading (3 attempts)" when repeated. */
export function clashHeadline(alert: ClashAlert, t: Translate): string {
  return t('notifications.clash.headline', { name: alert.attemptedBy.name, attempted: alert.attemptedName, count: alert.attemptCount });
}

/**
 * "matches your customer Acme Trading Co., Ltd. on name, phone". A manager receives the alerts
 * of their team's customers too, so the owner is named when it is someone else.
 */
export function clashDetail(alert: ClashAlert, viewer: ViewerName, { t, locale }: ClashWords): string {
  const { owner, companyName } = alert.customer;
  const whose = owner === null ? 'pool' : isViewer(owner, viewer) ? 'you' : 'other';
  return t('notifications.clash.detail', {
    whose,
    owner: owner?.name ?? '',
    company: companyName,
    dimensionCount: alert.dimensions.length,
    dimensions: dimensionList(alert.dimensions, t, locale),
  });
}

/** The whole sentence, for the toast that announces a clash as it happens. */
export function clashMessage(alert: ClashAlert, viewer: ViewerName, words: ClashWords): string {
  return words.t('notifications.clash.toast', { headline: clashHeadline(alert, words.t), detail: clashDetail(alert, viewer, words) });
}
