import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DuplicateDimension, DuplicateVerdict } from '@berth/domain';
import { DuplicateDimensionEnum, DuplicateVerdictEnum, NotificationKindEnum } from '../../graphql/enums';
import { ClashCustomerType, ClashOwnerType } from '../duplicates/duplicate.types';
import type { NotificationKind } from './notification.entity';

@ObjectType('ClashAlert', { description: 'Someone tried to add a customer that matches one you own or manage.' })
export class ClashAlertType {
  @Field(() => ID)
  id: number;

  @Field()
  attemptedAt: Date;

  @Field(() => ClashOwnerType, { description: 'Who tried.' })
  attemptedBy: ClashOwnerType;

  @Field(() => ClashCustomerType, { description: 'The existing customer.' })
  customer: ClashCustomerType;

  @Field(() => DuplicateVerdictEnum)
  verdict: DuplicateVerdict;

  @Field(() => [DuplicateDimensionEnum])
  dimensions: DuplicateDimension[];

  @Field({ description: 'The company name as the other person typed it.' })
  attemptedName: string;

  @Field(() => Int, {
    description:
      'How many attempts by this person on this customer the alert stands for: attempts less than 10 minutes apart are grouped, and the other fields describe the latest.',
  })
  attemptCount: number;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field(() => NotificationKindEnum, { simple: true })
  kind: NotificationKind;

  @Field({ simple: true })
  createdAt: Date;

  @Field(() => Date, { nullable: true, simple: true })
  readAt: Date | null;

  clashId: number | null;
  /** Resolved as the `latestAt` field (NULL = createdAt). */
  latestAt: Date | null;
  attemptCount: number;
  customerId: number | null;
  protectionEnd: Date | null;
  customer?: { companyName: string } | null;
  customerCount: number;
  actor?: PersonRow | null;
  receiver?: PersonRow | null;
  importJobId: number | null;
}

/** A user row with its department, as the notifications query loads actors and receivers. */
interface PersonRow {
  name: string;
  department?: { name: string } | null;
}

@ObjectType('OwnershipNotice', {
  description:
    'ASSIGNED: a manager gave you customers. REASSIGNED: a manager moved customers of yours to someone else. RELEASED: a manager put customers of yours back in the pool. One notice per batch, counted.',
})
export class OwnershipNoticeType {
  @Field(() => ClashOwnerType, { description: 'The manager who moved them (name and department).' })
  by: ClashOwnerType;

  @Field(() => Int, { description: 'How many customers moved.' })
  customerCount: number;

  @Field(() => ClashCustomerType, {
    nullable: true,
    description: 'The customer, when it was one: its id only while you may still open it.',
  })
  customer: ClashCustomerType | null;

  @Field(() => ClashOwnerType, { nullable: true, description: 'REASSIGNED: who received them, while it was one person.' })
  receiver: ClashOwnerType | null;
}

@ObjectType('ProtectionReminder', { description: "One of your customers' protection ends soon: follow it up or it goes to the pool." })
export class ProtectionReminderType {
  @Field(() => ID)
  customerId: number;

  @Field()
  companyName: string;

  @Field({ description: 'The end this reminder warned about (a later follow-up may have moved it).' })
  protectionEnd: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionType {
  @Field(() => [NotificationType], { description: 'Newest first.' })
  edges: NotificationType[];

  @Field(() => Int)
  unreadCount: number;
}
