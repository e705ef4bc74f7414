import { gql } from '@apollo/client';
import { CLASH_ALERT_FIELDS } from '../hooks/clash-alert-fields';
import type { AppNotification } from '../notification-types';

/** The data NotificationItem renders; the list query spreads it. */
export const NOTIFICATION_ITEM_FRAGMENT = gql`
  fragment NotificationItem_notification on Notification {
    id
    kind
    createdAt
    latestAt
    readAt
    clash {
      ...ClashAlertFields
    }
    reminder {
      customerId
      companyName
      protectionEnd
    }
    ownership {
      by {
        name
        departmentName
      }
      customerCount
      customer {
        id
        companyName
      }
      receiver {
        name
      }
    }
  }
  ${CLASH_ALERT_FIELDS}
`;

export type NotificationItemNotification = AppNotification;
