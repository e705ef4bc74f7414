import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ClashOwnerType } from '../duplicates/duplicate.types';
import { connectionOf } from '../../graphql/connection';
import type { EntryReason } from '@berth/domain';
import { EntryReasonKindEnum, PoolChangeKindEnum, PoolEntryKindEnum, RecycleRuleEnum } from '../../graphql/enums';
import type { PoolChangedEvent } from '../../graphql/pubsub';

@ObjectType('ClaimResult', { description: 'One customer of a claim request: taken, or refused with a code.' })
export class ClaimResultType {
  @Field(() => ID)
  customerId: number;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true, description: 'ALREADY_OWNED, DAILY_LIMIT_REACHED, HOLDING_CAP_REACHED, PREVIOUS_OWNER_COOLDOWN, NEW_ENTRY_COOLDOWN or NOT_VISIBLE.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => Date, { nullable: true, description: 'When time alone would let the same claim through: the end of a cooldown, or when claims reopen after the daily limit.' })
  retryAt: Date | null;
}

@ObjectType('ClaimHold', { description: 'A cooldown that keeps the viewer from claiming this customer until a time, whatever their quotas say.' })
export class ClaimHoldType {
  @Field(() => String, { description: 'PREVIOUS_OWNER_COOLDOWN (the viewer gave it up or lost it recently) or NEW_ENTRY_COOLDOWN (it has just entered the pool).' })
  code: string;

  @Field({ description: 'From when the viewer may claim it.' })
  until: Date;
}

@ObjectType('ClaimQuota', { description: "The viewer's claims today against the daily limit, and holdings against the cap." })
export class ClaimQuotaType {
  @Field({ description: 'The claim day (YYYY-MM-DD, team time zone).' })
  day: string;

  @Field(() => Int)
  claimedToday: number;

  @Field(() => Int)
  dailyLimit: number;

  @Field(() => Int)
  holdings: number;

  @Field(() => Int)
  holdingCap: number;
}

@ObjectType('EntryReason', {
  description:
    "Why a customer entered the pool, as data a client words in its viewer's language: the recycle rules that fired with their day counts, or the return reason's code, its label at the time and the rep's note, or a release's note.",
})
export class EntryReasonType {
  @Field(() => EntryReasonKindEnum, { simple: true })
  kind: EntryReason['kind'];

  @Field(() => [RecycleRuleEnum], { nullable: true, simple: true, description: 'RECYCLED: the rules that fired.' })
  rules?: string[];

  @Field(() => Int, { nullable: true, simple: true, description: 'RECYCLED: the days without a counted follow-up that the rule allowed.' })
  followUpDays?: number;

  @Field(() => Int, { nullable: true, simple: true, description: 'RECYCLED: the days without a won deal that the rule allowed, if that rule applied.' })
  noDealDays?: number | null;

  @Field(() => String, { nullable: true, simple: true, description: "RETURNED: the policy's reason code." })
  code?: string;

  @Field(() => String, { nullable: true, simple: true, description: 'RETURNED: the reason as the policy named it then.' })
  label?: string;

  @Field(() => String, { nullable: true, simple: true, description: "RETURNED: the rep's note. RELEASED: the manager's reason." })
  note?: string | null;
}

@ObjectType('PoolEntry', { description: 'How and why a customer entered the pool.' })
export class PoolEntryType {
  @Field(() => PoolEntryKindEnum)
  kind: string;

  @Field({ description: 'In English, for reading in logs; clients word `reasonDetail`.' })
  reason: string;

  @Field(() => EntryReasonType, { nullable: true, description: 'The reason as data; null for a release or an entry from before reasons were kept.' })
  reasonDetail: EntryReason | null;

  @Field()
  enteredAt: Date;

  @Field(() => ClashOwnerType, { nullable: true, description: 'Who held it before (name and department only).' })
  previousOwner: ClashOwnerType | null;
}

@ObjectType('PoolCustomer', { description: 'A customer in the public pool: basic details only; contacts open once claimed.' })
export class PoolCustomerType {
  @Field(() => ID, { simple: true })
  id: number;

  @Field({ simple: true })
  companyName: string;

  @Field(() => String, { nullable: true, simple: true })
  industry: string | null;

  @Field(() => String, { nullable: true, simple: true })
  source: string | null;

  @Field(() => [String], { simple: true })
  tags: string[];

  regionId: number | null;
  tierCode: string;
}

export const PoolCustomerConnectionType = connectionOf('PoolCustomer', PoolCustomerType);

@ObjectType('ReturnReason')
@InputType('ReturnReasonInput')
export class ReturnReasonType {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field({ description: 'A note must explain this reason (e.g. "other").' })
  noteRequired: boolean;
}

@ObjectType('PoolChanged', { description: 'Customers entered or left the pool; refetch what you show.' })
export class PoolChangedType {
  @Field(() => PoolChangeKindEnum)
  kind: PoolChangedEvent['kind'];

  @Field(() => [ID])
  customerIds: number[];
}
