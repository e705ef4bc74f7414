import { graphql } from '../../../gql';

/** What the toast and the notification list say about a clash; the subscription selects the same. */
export const CLASH_ALERT_FIELDS = graphql(`
  fragment ClashAlertFields on ClashAlert {
    id
    attemptedAt
    attemptedBy {
      name
      departmentName
    }
    customer {
      id
      companyName
      inPool
      protectedUntil
      owner {
        name
        departmentName
      }
    }
    verdict
    dimensions
    attemptedName
    attemptCount
  }
`);
