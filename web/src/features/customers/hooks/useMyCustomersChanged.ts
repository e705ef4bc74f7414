import type { ApolloClient } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { seesTeam } from '../../auth/me-query';
import { refetchNotifications } from '../../notifications/hooks/notification-cache';
import { CLAIM_QUOTA_QUERY } from '../../pool/hooks/useClaimQuota';
import { changeToast, reactionsTo, type ChangeReactions } from '../my-customers-change';
import { evictCustomerLists } from './customer-cache';
import { graphql } from '../../../gql';

export const MY_CUSTOMERS_CHANGED_SUBSCRIPTION = graphql(`
  subscription MyCustomersChanged {
    myCustomersChanged {
      kind
      customerIds
      customer {
        ...CustomerViewFields
      }
    }
  }
`);

export function applyReactions(client: ApolloClient, reactions: ChangeReactions) {
  if (reactions.policy) client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'poolPolicy' });
  if (reactions.lists) evictCustomerLists(client.cache);
  if (reactions.quota) void client.refetchQueries({ include: [CLAIM_QUOTA_QUERY] }).catch(() => undefined);
  if (reactions.notifications) void refetchNotifications(client).catch(() => undefined);
}

/**
 * Keeps everything about the viewer's customers fresh without reloads. A customer in the
 * payload lands in the normalized cache by itself (same id, same fields as on screen); whatever
 * else the event touches (list membership, quota, notifications, the policy) is read again, per
 * `reactionsTo`. Reminders and lost customers are also said at once. Mounted once, in the app shell.
 */
export function useMyCustomersChanged() {
  const viewer = useCurrentUser();
  const notify = useNotify();
  const { t, fmt } = useI18n();
  useSubscription(MY_CUSTOMERS_CHANGED_SUBSCRIPTION, {
    onData: ({ client, data }) => {
      const change = data.data?.myCustomersChanged;
      if (!change) return;
      applyReactions(client, reactionsTo(change));
      const toast = changeToast(change, { seesTeam: seesTeam(viewer.role) }, new Date(), t, fmt);
      if (toast) notify(toast.message, toast.severity);
    },
  });
}
