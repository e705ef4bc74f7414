import { graphql } from '../../../gql';
import type { NotificationItem_NotificationFragment } from '../../../gql/graphql';

/** The data NotificationItem renders; the list query spreads it. */
export const NOTIFICATION_ITEM_FRAGMENT = graphql(`
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
    importJob {
      id
      fileName
      status
      totalRows
      doneRows
      outcomeCounts {
        CREATED
        SKIPPED
        FAILED
      }
      undoCounts {
        removed
        kept
      }
    }
  }
`);

export type NotificationItemNotification = NotificationItem_NotificationFragment;
