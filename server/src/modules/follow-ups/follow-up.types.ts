import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { FollowUpType } from '@berth/domain';
import { FollowUpTypeEnum } from '../../graphql/enums';
import { CustomerType } from '../customers/customer.types';

@ObjectType('FollowUp', { description: 'A contact with the customer, on its timeline.' })
export class FollowUpObject {
  @Field(() => ID, { simple: true })
  id: number;

  @Field(() => FollowUpTypeEnum, { simple: true })
  type: FollowUpType;

  @Field({ simple: true })
  content: string;

  @Field({ simple: true, description: 'When the contact happened (never in the future).' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, simple: true })
  nextStep: string | null;

  @Field(() => Date, { nullable: true, simple: true })
  remindAt: Date | null;

  @Field({ simple: true, description: 'A valid follow-up under the policy when logged: it extended protection.' })
  counted: boolean;

  @Field({ simple: true })
  createdAt: Date;

  authorId: number | null;
}

@InputType('LogFollowUpInput')
export class LogFollowUpInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => FollowUpTypeEnum)
  type: FollowUpType;

  @Field()
  content: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;

  @Field(() => Date, { nullable: true })
  remindAt?: Date | null;
}

@ObjectType('LogFollowUpPayload')
export class LogFollowUpPayload {
  @Field(() => FollowUpObject)
  followUp: FollowUpObject;

  @Field(() => CustomerType, { description: 'With protectedUntil already moved when the follow-up counted.' })
  customer: CustomerType;
}
