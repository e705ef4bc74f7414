import { Field, InputType } from 'type-graphql';
import type { PoolEntryKind } from './pool-entry.entity';
import { PoolEntryKindEnum } from '../../graphql/enums';
import { CustomerFilterInput } from '../customers/customer.inputs';
import { listFilterFrom } from '../customers/customer-list-filter';
import type { CustomerListFilter } from '../customers/customer.repository';

@InputType('PoolFilter', { description: 'The customer filters, plus how and when customers entered the pool (their latest entry).' })
export class PoolFilterInput extends CustomerFilterInput {
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
