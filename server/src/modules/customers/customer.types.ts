import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection';
import type { CustomerStatus, EntryReason, OwnershipEventKind } from '@berth/domain';
import type { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';

import { CustomerStatusEnum, MyCustomersChangeKindEnum, OwnershipEventKindEnum } from '../../graphql/enums';
import { EntryReasonType } from '../pool/pool.types';
import type { CustomerChangeKind } from '../../graphql/pubsub';

/** What a customer's ownership row tells a reader; `owner` when the read joined it (list pages do). */
export type CustomerStanding = Pick<CustomerOwnershipEntity, 'ownerId' | 'ownedSince' | 'protectedUntil' | 'locked' | 'owner'>;

@ObjectType('Customer', { description: 'A company account. `owner` is null while the customer is in the public pool.' })
export class CustomerType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  companyName: string;

  @Field(() => String, { nullable: true, simple: true })
  website: string | null;

  @Field(() => String, { nullable: true, simple: true })
  email: string | null;

  @Field(() => String, { nullable: true, simple: true })
  phone: string | null;

  @Field(() => String, { nullable: true, simple: true })
  industry: string | null;

  @Field(() => String, { nullable: true, simple: true })
  source: string | null;

  @Field(() => [String], { simple: true })
  tags: string[];

  @Field(() => CustomerStatusEnum, { simple: true })
  status: CustomerStatus;

  @Field({ simple: true })
  createdAt: Date;

  @Field({ simple: true })
  updatedAt: Date;

  // Resolved by CustomerFieldsResolver from these columns and the ownership row (owner, ownedSince, protectedUntil, locked).
  ownership: CustomerStanding;
  regionId: number | null;
  tierCode: string;
}

@ObjectType('Contact', { description: 'A person at a customer.' })
export class ContactType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  name: string;

  @Field(() => String, { nullable: true, simple: true })
  title: string | null;

  @Field(() => [String], { simple: true })
  phones: string[];

  @Field(() => [String], { simple: true })
  emails: string[];

  @Field(() => String, { nullable: true, simple: true, description: 'A calendar date, YYYY-MM-DD.' })
  birthday: string | null;
}

@ObjectType('OwnershipEvent', { description: 'One change of owner, from the append-only trail.' })
export class OwnershipEventType {
  @Field(() => ID, { simple: true })
  id: string;

  @Field(() => OwnershipEventKindEnum, { simple: true })
  kind: OwnershipEventKind;

  @Field(() => String, { nullable: true, simple: true, description: 'In English, for reading in logs; clients word `reasonDetail`.' })
  reason: string | null;

  @Field(() => EntryReasonType, { nullable: true, simple: true, description: 'Recycles and returns: the reason as data.' })
  reasonDetail: EntryReason | null;

  @Field({ simple: true })
  occurredAt: Date;

  fromUserId: number | null;
  toUserId: number | null;
  actorId: number | null;
}

export const CustomerConnectionType = connectionOf('Customer', CustomerType);

@ObjectType('MyCustomersChanged', {
  description: 'Something happened to customers the viewer owns or manages (or just lost); refetch what you show. Claim quota may have changed on CLAIMED, ASSIGNED, RECYCLED, RETURNED and QUOTA_CHANGED.',
})
export class MyCustomersChangedType {
  @Field(() => MyCustomersChangeKindEnum)
  kind: CustomerChangeKind;

  @Field(() => [ID], { description: 'The customers concerned; empty for QUOTA_CHANGED.' })
  customerIds: number[];

  @Field(() => CustomerType, { nullable: true, description: 'The customer as the viewer may now see it, when exactly one is concerned and still visible.' })
  customer: CustomerType | null;
}

@ObjectType('CreateCustomerPayload')
export class CreateCustomerPayload {
  @Field(() => CustomerType)
  customer: CustomerType;
}

@ObjectType('UpdateCustomerPayload')
export class UpdateCustomerPayload {
  @Field(() => CustomerType)
  customer: CustomerType;
}

@ObjectType('AddContactPayload')
export class AddContactPayload {
  @Field(() => ContactType)
  contact: ContactType;

  @Field(() => CustomerType)
  customer: CustomerType;
}

@ObjectType('UpdateContactPayload')
export class UpdateContactPayload {
  @Field(() => ContactType)
  contact: ContactType;

  @Field(() => CustomerType)
  customer: CustomerType;
}

@ObjectType('RemoveContactPayload')
export class RemoveContactPayload {
  @Field(() => ID)
  removedContactId: number;

  @Field(() => CustomerType)
  customer: CustomerType;
}
