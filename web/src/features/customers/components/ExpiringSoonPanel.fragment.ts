import { gql } from '@apollo/client';
import type { CustomerStatus, TierRef, UserRef } from '../customer-types';

/** The data ExpiringSoonPanel renders; its query and the live payloads spread it. */
export const EXPIRING_SOON_PANEL_FRAGMENT = gql`
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
`;

export interface ExpiringSoonPanelCustomer {
  id: string;
  companyName: string;
  tier: TierRef;
  status: CustomerStatus;
  /** Locked customers are never recycled when the policy says so: no reminder, no panel. */
  locked: boolean;
  owner: UserRef | null;
  protectedUntil: string | null;
}
