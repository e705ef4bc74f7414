import { Field, ID, InputType } from 'type-graphql';
import type { PoolEntryKind } from '../ownership/pool-entry.entity';
import { PoolEntryKindEnum } from '../../graphql/enums';
import { listFilterFrom } from '../customers/customer-list-filter';
import type { CustomerListFilter } from '../customers/customer.repository';

/**
 * Pool filters name only what a pool customer shows (PoolCustomer): a filter on a hidden field
 * (email, status, …) would answer questions about it. Hence its own list rather than the
 * customer filter's, and a text search over the shown fields only (TEXT_SEARCH.POOL).
 */
@InputType('PoolFilter', { description: 'Filters on what the pool shows, plus how and when customers entered the pool (their latest entry).' })
export class PoolFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches company name, tags, industry, source or region: what the pool shows.' })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Customers carrying all of these tags.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  tier?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the customer came from, exactly as recorded.' })
  source?: string | null;

  @Field(() => [PoolEntryKindEnum], { nullable: true, description: 'Entered by any of these ways.' })
  entryKinds?: PoolEntryKind[] | null;

  @Field(() => Date, { nullable: true, description: 'Entered before this instant (e.g. now minus 7 days: in the pool for over a week).' })
  enteredBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entered at or after this instant (e.g. new arrivals today).' })
  enteredAfter?: Date | null;
}

export function poolFilterFrom(filter: PoolFilterInput | null): CustomerListFilter {
  return {
    ...listFilterFrom(filter),
    poolEntryKinds: filter?.entryKinds ?? null,
    enteredPoolBefore: filter?.enteredBefore ?? null,
    enteredPoolAfter: filter?.enteredAfter ?? null,
  };
}
