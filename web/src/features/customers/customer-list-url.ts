import { CUSTOMER_STATUSES, LIMITS, type CustomerStatus } from '@berth/domain';
import type { CustomerFilterInput, CustomerSortField, CustomerSortInput } from './customer-types';

/**
 * What the customer list shows, as it travels in the URL
 * (`/customers?status=NEGOTIATING&region=3&q=acme&sort=PROTECTED_UNTIL:ASC&size=50`), so a reload
 * keeps it, a link shares it and Back/Forward step through it. Defaults are left out of the URL.
 */
export interface CustomerListView {
  filter: CustomerFilterInput;
  sort: CustomerSortInput;
  pageSize: number;
}

export const DEFAULT_LIST_SORT: CustomerSortInput = { field: 'UPDATED_AT', direction: 'DESC' };
export const LIST_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_LIST_PAGE_SIZE = 25;
export const DEFAULT_LIST_VIEW: CustomerListView = { filter: {}, sort: DEFAULT_LIST_SORT, pageSize: DEFAULT_LIST_PAGE_SIZE };

/** The orders the grid can show (each is one of its columns). */
export const URL_SORT_FIELDS: readonly CustomerSortField[] = ['COMPANY_NAME', 'PROTECTED_UNTIL', 'OWNED_SINCE', 'UPDATED_AT'];

const PARAM = {
  text: 'q',
  status: 'status',
  tier: 'tier',
  industry: 'industry',
  regionId: 'region',
  ownerId: 'owner',
  tags: 'tag',
  sort: 'sort',
  pageSize: 'size',
} as const;
const OWN_PARAMS: readonly string[] = Object.values(PARAM);

/** As the API takes ids: positive 32-bit integers. Anything else could only make the list fail. */
function asId(value: string | null): string | undefined {
  if (!value || !/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && n <= 2_147_483_647 ? String(n) : undefined;
}

function asText(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

function asStatus(value: string | null): CustomerStatus | undefined {
  return CUSTOMER_STATUSES.find((s) => s === value);
}

function asTier(value: string | null): string | undefined {
  return value && /^[A-Za-z0-9_-]{1,16}$/.test(value) ? value : undefined;
}

function asTags(values: string[]): string[] | undefined {
  const tags: string[] = [];
  for (const value of values) {
    const tag = asText(value, LIMITS.tag);
    if (tag && !tags.includes(tag) && tags.length < LIMITS.tags) tags.push(tag);
  }
  return tags.length > 0 ? tags : undefined;
}

function asSort(value: string | null): CustomerSortInput {
  const [field, direction, ...rest] = (value ?? '').toUpperCase().split(':');
  const known = URL_SORT_FIELDS.find((f) => f === field);
  if (!known || rest.length > 0 || (direction !== 'ASC' && direction !== 'DESC')) return DEFAULT_LIST_SORT;
  return { field: known, direction };
}

function asPageSize(value: string | null): number {
  return LIST_PAGE_SIZES.find((size) => String(size) === value) ?? DEFAULT_LIST_PAGE_SIZE;
}

/**
 * The list a URL asks for. Anything malformed, unknown or too long is ignored (its default
 * applies): a hand-edited or stale link must still open the list. `withOwner` is false for reps,
 * who have no owner filter.
 */
export function readCustomerListView(params: URLSearchParams, { withOwner = true }: { withOwner?: boolean } = {}): CustomerListView {
  const candidates: CustomerFilterInput = {
    text: asText(params.get(PARAM.text), LIMITS.textSearch),
    status: asStatus(params.get(PARAM.status)),
    tier: asTier(params.get(PARAM.tier)),
    industry: asText(params.get(PARAM.industry), LIMITS.industry),
    regionId: asId(params.get(PARAM.regionId)),
    ownerId: withOwner ? asId(params.get(PARAM.ownerId)) : undefined,
    tags: asTags(params.getAll(PARAM.tags)),
  };
  const filter: CustomerFilterInput = {};
  for (const [key, value] of Object.entries(candidates)) if (value !== undefined) Object.assign(filter, { [key]: value });
  return { filter, sort: asSort(params.get(PARAM.sort)), pageSize: asPageSize(params.get(PARAM.pageSize)) };
}

/**
 * `base` with the list's own parameters rewritten for `view`; the rest (a Team-page drill-down)
 * stays as it was.
 */
export function writeCustomerListView(view: CustomerListView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of OWN_PARAMS) next.delete(key);
  const { filter, sort, pageSize } = view;
  if (filter.text) next.set(PARAM.text, filter.text);
  if (filter.status) next.set(PARAM.status, filter.status);
  if (filter.tier) next.set(PARAM.tier, filter.tier);
  if (filter.industry) next.set(PARAM.industry, filter.industry);
  if (filter.regionId) next.set(PARAM.regionId, filter.regionId);
  if (filter.ownerId) next.set(PARAM.ownerId, filter.ownerId);
  for (const tag of filter.tags ?? []) next.append(PARAM.tags, tag);
  if (sort.field !== DEFAULT_LIST_SORT.field || sort.direction !== DEFAULT_LIST_SORT.direction) next.set(PARAM.sort, `${sort.field}:${sort.direction}`);
  if (pageSize !== DEFAULT_LIST_PAGE_SIZE) next.set(PARAM.pageSize, String(pageSize));
  return next;
}

/**
 * The search part of a link, readable where the standard allows: `sort=PROTECTED_UNTIL:ASC`
 * rather than `sort=PROTECTED_UNTIL%3AASC` (a colon needs no escaping in a query).
 */
export function customerListSearch(params: URLSearchParams): string {
  const query = params.toString().replace(/%3A/gi, ':');
  return query ? `?${query}` : '';
}
