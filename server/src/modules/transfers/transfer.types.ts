import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TransferReceiverMode, TransferStatus } from '@berth/domain';
import { TransferReceiverModeEnum, TransferStatusEnum } from '../../graphql/enums';
import { UserType } from '../org/org.types';

@InputType('TransferPlanInput', { description: "Whose customers would move, which, and to whom: what a preview needs." })
export class TransferPlanInputType {
  @Field(() => ID, { description: 'The rep whose customers move.' })
  fromUserId: string;

  @Field(() => [ID], { nullable: true, description: 'A selection of their customers (at most 5,000); leave out for all of them — a departure.' })
  customerIds?: string[] | null;

  @Field(() => TransferReceiverModeEnum)
  receiverMode: TransferReceiverMode;

  @Field(() => [ID], { defaultValue: [], description: 'ONE: exactly one rep; SPREAD: the reps to share them; POOL: none.' })
  toUserIds: string[];
}

@InputType('TransferInput', { description: "A transfer of one rep's customers: all of them (a departure) or a selection, with why." })
export class TransferInputType extends TransferPlanInputType {
  @Field(() => Int, { nullable: true, description: 'The old owner keeps read-only access for this many days (1–90); leave out for none.' })
  keepReadDays?: number | null;

  @Field({ description: 'Why, for the approver and the trail (at most 500 characters).' })
  note: string;
}

@ObjectType('TransferCounts', { description: 'What moves, by kind: contacts and follow-ups travel with their customers.' })
export class TransferCountsType {
  @Field(() => Int)
  customers: number;

  @Field(() => Int)
  contacts: number;

  @Field(() => Int)
  followUps: number;

  @Field(() => Int, { description: "The old owner's unread protection reminders for these customers; closed as they move." })
  openReminders: number;
}

@ObjectType('TransferReceiverShare', { description: 'How many customers one receiver gets.' })
export class TransferReceiverShareType {
  @Field(() => UserType, { nullable: true, description: 'Null: the pool.' })
  user: UserType | null;

  @Field(() => Int)
  customers: number;

  @Field(() => Int, { nullable: true, description: 'Preview only: how many more this rep may hold under the cap now (null for the pool). Customers beyond it stay with their owner and are reported.' })
  room: number | null;

  userId: number | null;
}

@ObjectType('TransferPreview', { description: 'What a transfer would do, before it is asked for.' })
export class TransferPreviewType {
  @Field({ description: 'Whether it would wait for an admin or the manager above.' })
  needsApproval: boolean;

  @Field(() => TransferCountsType)
  counts: TransferCountsType;

  @Field(() => [TransferReceiverShareType])
  perReceiver: TransferReceiverShareType[];
}

@ObjectType('TransferProgress', { description: 'Where a transfer stands: its customers with an outcome so far.' })
export class TransferProgressType {
  @Field(() => ID)
  requestId: number;

  @Field(() => TransferStatusEnum)
  status: TransferStatus;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Customers with an outcome (moved or not).' })
  done: number;

  @Field(() => Int)
  moved: number;

  @Field(() => Int, { description: 'Customers that stayed, each with its reason among the items.' })
  failed: number;
}

@ObjectType('TransferItem', { description: 'One customer of a transfer and what happened to it.' })
export class TransferItemType {
  @Field(() => ID)
  customerId: number;

  @Field(() => String, { nullable: true, description: 'Null when you may not see it.' })
  companyName: string | null;

  @Field(() => UserType, { nullable: true, description: 'The planned receiver; null: the pool.' })
  to: UserType | null;

  @Field(() => String, { nullable: true, description: 'MOVED, or why it stayed: OWNER_CHANGED, HOLDING_CAP_REACHED, REP_DISABLED. Null until the job reached it.' })
  outcome: string | null;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  toUserId: number | null;
}

@ObjectType('TransferRequest', { description: "A transfer of a rep's customers, from the request through the approval to every customer's outcome." })
export class TransferRequestType {
  @Field(() => ID)
  id: number;

  @Field(() => UserType, { description: 'The rep whose customers move.' })
  from: UserType;

  @Field({ description: 'All of the rep\'s customers (someone leaving) rather than a selection.' })
  departure: boolean;

  @Field(() => TransferReceiverModeEnum)
  receiverMode: TransferReceiverMode;

  @Field(() => [UserType])
  receivers: UserType[];

  @Field(() => Int, { nullable: true })
  keepReadDays: number | null;

  @Field()
  note: string;

  @Field(() => TransferStatusEnum)
  status: TransferStatus;

  @Field()
  needsApproval: boolean;

  @Field(() => UserType)
  requestedBy: UserType;

  @Field()
  requestedAt: Date;

  @Field(() => UserType, { nullable: true })
  decidedBy: UserType | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionComment: string | null;

  @Field(() => TransferCountsType, { description: 'What was to move when it was asked for.' })
  counts: TransferCountsType;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
