import { Field, ID, InputType } from 'type-graphql';
import type { CustomerStatus } from '@berth/domain';
import { CustomerSortFieldEnum, CustomerStatusEnum, SortDirectionEnum, type CustomerSortField, type SortDirection } from '../../graphql/enums';
import { TeamFigureFilterInput } from '../team/team.types';
import { CustomerAliasInput } from './customer-alias.types';

// Inputs carry shapes only; the rules (lengths, formats) live in @berth/domain so the web form
// and the server apply the same ones.

@InputType('CustomerFilter')
export class CustomerFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches company name, other names, email, website or phone.' })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Customers carrying all of these tags.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  tier?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => CustomerStatusEnum, { nullable: true })
  status?: CustomerStatus | null;

  @Field(() => String, { nullable: true, description: 'Where the customer came from, exactly as recorded.' })
  source?: string | null;

  @Field(() => Date, { nullable: true, description: 'Protection ends before this instant: with sort PROTECTED_UNTIL ASC, the "expiring soon" list.' })
  protectedUntilBefore?: Date | null;

  @Field(() => TeamFigureFilterInput, { nullable: true, description: 'Exactly the customers behind one number of the Team page (teamLoad).' })
  teamFigure?: TeamFigureFilterInput | null;
}

@InputType('CustomerSort')
export class CustomerSortInput {
  @Field(() => CustomerSortFieldEnum)
  field: CustomerSortField;

  @Field(() => SortDirectionEnum)
  direction: SortDirection;
}

@InputType('UpdateCustomerInput')
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A tier code; the least important tier when left out.' })
  tier?: string | null;

  @Field(() => CustomerStatusEnum, { nullable: true })
  status?: CustomerStatus | null;

  @Field(() => [CustomerAliasInput], {
    nullable: true,
    description: 'Other names (former, English, Chinese, brands), at most 20, in place of those the customer has; left out: unchanged.',
  })
  aliases?: CustomerAliasInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Save even though the duplicate check warns (never overrides a BLOCK).' })
  acknowledgeDuplicates?: boolean | null;
}

@InputType('CreateCustomerInput')
export class CreateCustomerInput extends UpdateCustomerInput {
  @Field(() => String)
  override companyName: string;
}

@InputType('UpdateContactInput')
export class UpdateContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [String], { nullable: true })
  phones?: string[] | null;

  @Field(() => [String], { nullable: true })
  emails?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthday?: string | null;
}

@InputType('ContactInput')
export class ContactInput extends UpdateContactInput {
  @Field(() => String)
  override name: string;
}
