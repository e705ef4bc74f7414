import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { AssignmentStrategy } from '@berth/domain';
import { AssignmentStrategyEnum } from '../../graphql/enums';
import { CustomerFilterInput } from '../customers/customer.inputs';
import { UserType } from '../org/org.types';

@InputType('ReassignCustomersInput', { description: 'Exactly one of customerIds and filter says which customers.' })
export class ReassignCustomersInput {
  @Field(() => [ID], { nullable: true, description: 'Customers of your team (an admin: anyone\'s) to give to other reps.' })
  customerIds?: string[] | null;

  @Field(() => CustomerFilterInput, { nullable: true, description: 'Every customer of your list matching this: "all matching" (at most 500; more is refused).' })
  filter?: CustomerFilterInput | null;

  @Field(() => [ID], { description: 'One rep gets them all; several share them by the strategy.' })
  toUserIds: string[];

  @Field(() => AssignmentStrategyEnum, { defaultValue: 'FEWEST_HELD_FIRST' })
  strategy: AssignmentStrategy;
}

@InputType('ReleaseCustomersInput', { description: 'Exactly one of customerIds and filter says which customers.' })
export class ReleaseCustomersInput {
  @Field(() => [ID], { nullable: true })
  customerIds?: string[] | null;

  @Field(() => CustomerFilterInput, { nullable: true, description: 'Every customer of your list matching this (at most 500; more is refused).' })
  filter?: CustomerFilterInput | null;

  @Field({ description: 'Why they go back to the pool, shown to whoever looks at them there (at most 500 characters).' })
  note: string;
}

@ObjectType('ReleaseResult', { description: 'One customer of a release: back in the pool, or refused with a code.' })
export class ReleaseResultType {
  @Field(() => ID)
  customerId: number | string;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true, description: 'NOT_VISIBLE or IN_POOL.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'Null when not visible.' })
  companyName: string | null;

  @Field(() => UserType, { nullable: true, description: 'Who held it until the release.' })
  previousOwner: UserType | null;

  previousOwnerId: number | null;
}
