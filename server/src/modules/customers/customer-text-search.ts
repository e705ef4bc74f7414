import type { CustomerListView } from './customer-scope';

/**
 * What a list's text search looks at: only fields that list shows. A match is an answer about
 * the record, so searching a hidden field hands it out one character at a time (a rep rebuilt
 * a pool customer's hidden email and phone that way, in a few hundred requests). Customers in
 * the viewer's scope show their whole record; pool customers only name, tags, industry,
 * source and region — never email, phone, website or contacts. A `Record` over the views, so
 * a new view has to say what its search may see. `c` is the customer; `:search` an ILIKE pattern.
 * A customer's other names are part of its record (its page lists them): a rep looking for
 * "Shanghai Huatai" finds 上海华泰纺织有限公司 by its English name. The aliases matching the
 * pattern are read once per query (a hashed subplan), not once per customer.
 */
export const TEXT_SEARCH: Record<CustomerListView, string> = {
  OWNED: `(c.company_name ILIKE :search OR c.email ILIKE :search OR c.website ILIKE :search OR c.phone ILIKE :search
           OR c.id IN (SELECT owned_alias.customer_id FROM customer_aliases owned_alias WHERE owned_alias.name ILIKE :search))`,
  POOL: `(c.company_name ILIKE :search OR c.industry ILIKE :search OR c.source ILIKE :search
          OR EXISTS (SELECT 1 FROM unnest(c.tags) AS pool_tag WHERE pool_tag ILIKE :search)
          OR EXISTS (SELECT 1 FROM regions pool_region WHERE pool_region.id = c.region_id AND pool_region.name ILIKE :search))`,
};
