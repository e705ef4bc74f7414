import type { ChipProps } from '@mui/material/Chip';
import type { CustomerStatus, OwnershipEventKind, Role } from '@berth/domain';

/** The customer list as each role sees it: the nav item, the page title and breadcrumb, and what it holds. */
export const CUSTOMERS_PAGE: Record<Role, { title: string; subtitle: string }> = {
  REP: { title: 'My customers', subtitle: 'Customers you own. Keep following them up to keep them protected.' },
  MANAGER: { title: 'Team customers', subtitle: 'Customers owned by you and the reps in your department.' },
  ADMIN: { title: 'All customers', subtitle: 'Every owned customer in the company, whoever owns them.' },
};

export const STATUS_LABELS: Record<CustomerStatus, string> = {
  NEW: 'New',
  FOLLOWING_UP: 'Following up',
  NEGOTIATING: 'Negotiating',
  WON: 'Won',
  LOST: 'Lost',
};

export const STATUS_COLORS: Record<CustomerStatus, ChipProps['color']> = {
  NEW: 'info',
  FOLLOWING_UP: 'primary',
  NEGOTIATING: 'warning',
  WON: 'success',
  LOST: 'default',
};

export const OWNERSHIP_EVENT_LABELS: Record<OwnershipEventKind, string> = {
  CREATED: 'Created',
  CLAIMED: 'Claimed from the pool',
  ASSIGNED: 'Assigned',
  TRANSFERRED: 'Transferred',
  RETURNED: 'Returned to the pool',
  RECYCLED: 'Recycled to the pool',
};

/** Labels used in forms and in validation messages ("Email is not a valid email address"). */
export const CUSTOMER_FIELD_LABELS: Record<string, string> = {
  companyName: 'Company name',
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
  industry: 'Industry',
  regionId: 'Region',
  source: 'Source',
  tags: 'Tags',
  tier: 'Tier',
  status: 'Status',
};

export const CONTACT_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  title: 'Title',
  phones: 'Phones',
  emails: 'Emails',
  birthday: 'Birthday',
};
