import { idOrFieldError } from '../../graphql/ids';
import type { CustomerFilterInput } from './customer.inputs';
import type { CustomerListFilter } from './customer.repository';

/** The API's list filter as the repository takes it; shared by customers and poolCustomers. */
export function listFilterFrom(filter: CustomerFilterInput | null): CustomerListFilter {
  if (!filter) return {};
  return {
    text: filter.text?.trim() || null,
    tags: filter.tags?.map((t) => t.trim()).filter(Boolean) ?? null,
    industry: filter.industry ?? null,
    regionId: filter.regionId ? idOrFieldError(filter.regionId, 'filter.regionId') : null,
    tierCode: filter.tier ?? null,
    ownerId: filter.ownerId ? idOrFieldError(filter.ownerId, 'filter.ownerId') : null,
    status: filter.status ?? null,
    source: filter.source?.trim() || null,
    protectedUntilBefore: filter.protectedUntilBefore ?? null,
  };
}
