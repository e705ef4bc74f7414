import { graphql } from '../../../gql';
import type { ExpiringSoonPanel_CustomerFragment } from '../../../gql/graphql';

/** The data ExpiringSoonPanel renders; its query and the live payloads spread it. */
export const EXPIRING_SOON_PANEL_FRAGMENT = graphql(`
  fragment ExpiringSoonPanel_customer on Customer {
    id
    companyName
    tier {
      code
      name
    }
    status
    locked
    owner {
      id
      name
    }
    protectedUntil
  }
`);

/** `locked` customers are never recycled when the policy says so: no reminder, no panel. */
export type ExpiringSoonPanelCustomer = ExpiringSoonPanel_CustomerFragment;
