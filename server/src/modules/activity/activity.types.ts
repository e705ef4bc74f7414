import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActivityAction, ActivitySubject } from '@berth/domain';
import { ActivityActionEnum, ActivitySubjectEnum } from '../../graphql/enums';
import { UserType } from '../org/org.types';

@ObjectType('ActivityItem', { description: 'One change to the customer: a field of its record, a contact, a follow-up, a collaborator, or its owner.' })
export class ActivityItemType {
  @Field()
  occurredAt: Date;

  @Field(() => UserType, { nullable: true, description: 'Who did it; null = the system (a rule).' })
  actor: UserType | null;

  @Field(() => ActivityActionEnum)
  action: ActivityAction;

  @Field(() => ActivitySubjectEnum)
  subject: ActivitySubject;

  @Field(() => ID, { nullable: true, description: 'The contact, follow-up or collaborator (user) concerned.' })
  subjectId: number | null;

  @Field(() => String, { nullable: true, description: 'The field that changed; null when the whole contact, follow-up or record was added or removed.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON (a string, a number, a list); null when empty.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when empty.' })
  after: string | null;

  @Field(() => UserType, { nullable: true, description: 'COLLABORATOR: the colleague whose access changed (also after they were removed).' })
  subjectUser: UserType | null;

  @Field(() => UserType, { nullable: true, description: 'OWNER: the owner before (null = the pool or a new customer).' })
  fromUser: UserType | null;

  @Field(() => UserType, { nullable: true, description: 'OWNER: the owner after (null = the pool).' })
  toUser: UserType | null;

  actorId: number | null;
  fromUserId: number | null;
  toUserId: number | null;
}

@ObjectType('ActivitySummary', { description: 'The customer at a glance: how often it changed hands, how many owners and follow-ups it had, how often it was edited.' })
export class ActivitySummaryType {
  @Field(() => Int, { description: 'Owner changes since it was created (claims, assignments, transfers, returns, releases, recycles).' })
  ownerChanges: number;

  @Field(() => Int, { description: 'Different reps who have owned it, the first included.' })
  ownersSoFar: number;

  @Field(() => Int)
  followUps: number;

  @Field(() => Int, { description: 'Field edits of its record.' })
  edits: number;
}
