import type { CustomerFilter, CustomerLookupsQuery, CustomerSort } from '../../gql/graphql';
import type { InputFields } from '../../shared/graphql/input-fields';

/** The tiers and regions the API offers (generated from schema.graphql through CustomerLookups). */
export type Tier = CustomerLookupsQuery['tiers'][number];
export type Region = CustomerLookupsQuery['regions'][number];

/** The list filters the filter bar and the URL hold: the API's CustomerFilter fields they offer. */
export type CustomerFilterInput = InputFields<CustomerFilter, 'text' | 'tags' | 'industry' | 'regionId' | 'tier' | 'ownerId' | 'status'>;

export type { CustomerSortField } from '../../gql/graphql';
export type CustomerSortInput = CustomerSort;
