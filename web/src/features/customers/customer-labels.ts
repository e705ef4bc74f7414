import { ALIAS_KINDS, CUSTOMER_STATUSES, OWNERSHIP_EVENT_KINDS, ROLES, type AliasKind, type CustomerStatus, type OwnershipEventKind, type Role } from '@berth/domain';
import { keysFor, type MessageKey } from '../../i18n/message-keys';

const TITLES = keysFor('customers.page.title', ROLES) satisfies Record<Role, MessageKey>;
const SUBTITLES = keysFor('customers.page.subtitle', ROLES) satisfies Record<Role, MessageKey>;

/** The customer list as each role sees it: the nav item, the page title and breadcrumb, and what it holds. */
export const CUSTOMERS_PAGE: Record<Role, { title: MessageKey; subtitle: MessageKey }> = {
  REP: { title: TITLES.REP, subtitle: SUBTITLES.REP },
  MANAGER: { title: TITLES.MANAGER, subtitle: SUBTITLES.MANAGER },
  ADMIN: { title: TITLES.ADMIN, subtitle: SUBTITLES.ADMIN },
};

export const STATUS_LABELS: Record<CustomerStatus, MessageKey> = keysFor('customers.status', CUSTOMER_STATUSES);

export const OWNERSHIP_EVENT_LABELS: Record<OwnershipEventKind, MessageKey> = keysFor('customers.ownershipEvent', OWNERSHIP_EVENT_KINDS);

export const ALIAS_KIND_LABELS: Record<AliasKind, MessageKey> = keysFor('customers.aliasKind', ALIAS_KINDS);

/** Inside a sentence: "Matched its English name …". */
export const ALIAS_KIND_WORDS: Record<AliasKind, MessageKey> = keysFor('customers.aliasKindWord', ALIAS_KINDS);

/** Labels used in forms and in validation messages ("Email is not a valid email address"). */
export const CUSTOMER_FIELD_LABELS = keysFor('customers.field', [
  'companyName',
  'aliases',
  'website',
  'email',
  'phone',
  'industry',
  'regionId',
  'source',
  'tags',
  'tier',
  'status',
]) satisfies Record<string, MessageKey>;

export const CONTACT_FIELD_LABELS = keysFor('customers.contactField', [
  'name',
  'title',
  'phones',
  'emails',
  'birthday',
]) satisfies Record<string, MessageKey>;
