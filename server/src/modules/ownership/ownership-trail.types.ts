import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserType } from '../org/org.types';

@ObjectType('OwnerAt', { description: 'Who held a customer at a moment, from the ownership trail.' })
export class OwnerAtType {
  @Field({ description: 'False when the customer did not exist yet at that moment.' })
  existed: boolean;

  @Field(() => UserType, { nullable: true, description: 'The owner then; null = the public pool (or not created yet).' })
  owner: UserType | null;

  @Field(() => Date, { nullable: true, description: 'Since when that was so.' })
  since: Date | null;

  ownerId: number | null;
}

@ObjectType('TrailBreak', { description: 'An ownership event whose hash does not follow from its fields and the previous event: edited, inserted or deleted out of turn.' })
export class TrailBreakType {
  @Field(() => ID)
  customerId: number;

  @Field(() => ID)
  eventId: string;

  @Field()
  occurredAt: Date;
}

@ObjectType('OwnershipTrailCheck', { description: 'The result of recomputing the ownership trail\'s hash chain.' })
export class OwnershipTrailCheckType {
  @Field({ description: 'True when every event follows from the one before it.' })
  intact: boolean;

  @Field(() => Int)
  events: number;

  @Field(() => Int)
  customers: number;

  @Field(() => [TrailBreakType], { description: 'The breaks found (at most 100), in customer and event order.' })
  breaks: TrailBreakType[];
}
