import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { AssignmentStrategy } from '@berth/domain';
import { AssignmentStrategyEnum } from '../../graphql/enums';
import { PoolFilterInput } from './pool-filter';
import { UserType } from '../org/org.types';

@InputType('AssignCustomersInput', { description: 'Exactly one of customerIds and poolFilter says which customers.' })
export class AssignCustomersInput {
  @Field(() => [ID], { nullable: true, description: 'Pool customers, or customers of your team to transfer.' })
  customerIds?: string[] | null;

  @Field(() => PoolFilterInput, { nullable: true, description: 'Every pool customer matching this (up to 500, oldest arrivals first).' })
  poolFilter?: PoolFilterInput | null;

  @Field(() => [ID], { description: 'One rep gets them all; several share them by the strategy.' })
  toUserIds: string[];

  @Field(() => AssignmentStrategyEnum, { defaultValue: 'ROUND_ROBIN' })
  strategy: AssignmentStrategy;
}

@ObjectType('AssignResult', { description: 'One customer of an assignment: given to a rep, or refused with a code.' })
export class AssignResultType {
  @Field(() => ID)
  customerId: number | string;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true, description: 'NOT_VISIBLE, ALREADY_OWNED or HOLDING_CAP_REACHED.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'Null when refused before the customer was looked at, or not visible.' })
  companyName: string | null;

  @Field(() => UserType, { nullable: true, description: 'Who got it.' })
  assignee: UserType | null;

  assigneeId: number | null;
}
