/** Shapes and limits of customer data, shared by the API and the web forms. */
export const CUSTOMER_STATUSES = ['NEW', 'FOLLOWING_UP', 'NEGOTIATING', 'WON', 'LOST'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const SUGGESTED_SOURCES = ['Trade show', 'Website', 'Referral', 'Cold call', 'Partner', 'Import'] as const;

export const LIMITS = {
  companyName: 200,
  website: 255,
  email: 254,
  phone: 40,
  industry: 80,
  source: 80,
  tag: 40,
  tags: 20,
  contactName: 120,
  contactTitle: 120,
  contactPhones: 5,
  contactEmails: 5,
  textSearch: 200,
  pageSize: 100,
} as const;

export const OWNERSHIP_EVENT_KINDS = ['CREATED', 'CLAIMED', 'ASSIGNED', 'TRANSFERRED', 'RETURNED', 'RECYCLED', 'IMPORTED'] as const;
export type OwnershipEventKind = (typeof OWNERSHIP_EVENT_KINDS)[number];

/**
 * Protection length until the policy (per tier, admin-edited) arrives: a new owner is protected
 * for this many days.
 */
export const DEFAULT_PROTECTION_DAYS = 30;

/**
 * The status a customer takes when it changes hands. Taken from the pool (claimed or assigned),
 * it starts again at NEW: the previous owner's "Negotiating" described their talks, not the new
 * owner's, and it stays readable in the status history. Moved from one rep to another by a
 * manager, the talks carry on, so the status stays.
 */
export const STATUS_WHEN_TAKEN_FROM_POOL: CustomerStatus = 'NEW';
