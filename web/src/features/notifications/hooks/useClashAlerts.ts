import { gql, type TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { clashMessage } from '../clash-message';
import type { ClashAlert } from '../notification-types';
import { CLASH_ALERT_FIELDS } from './clash-alert-fields';
import { recordNewNotification, refetchNotifications } from './notification-cache';

export const CLASH_ALERTS_SUBSCRIPTION: TypedDocumentNode<{ clashAlerts: ClashAlert }, Record<string, never>> = gql`
  subscription ClashAlerts {
    clashAlerts {
      ...ClashAlertFields
    }
  }
  ${CLASH_ALERT_FIELDS}
`;

/**
 * Someone tried to enter a customer the viewer owns or manages: say so at once, and count it
 * on the bell. A repeated attempt joins an existing notification (which may or may not have
 * been read), so the bell asks the server rather than adding one. Mounted once, in the app
 * shell, for the whole session.
 */
export function useClashAlerts() {
  const viewer = useCurrentUser();
  const i18n = useI18n();
  const notify = useNotify();
  useSubscription(CLASH_ALERTS_SUBSCRIPTION, {
    onData: ({ client, data }) => {
      const alert = data.data?.clashAlerts;
      if (!alert) return;
      if (alert.attemptCount > 1) void refetchNotifications(client).catch(() => undefined);
      else recordNewNotification(client.cache);
      notify(clashMessage(alert, viewer, i18n), 'warning');
    },
  });
}
