import { useSubscription } from '@apollo/client/react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { clashMessage } from '../clash-message';
import { recordNewNotification, refetchNotifications } from './notification-cache';
import { graphql } from '../../../gql';

export const CLASH_ALERTS_SUBSCRIPTION = graphql(`
  subscription ClashAlerts {
    clashAlerts {
      ...ClashAlertFields
    }
  }
`);

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
