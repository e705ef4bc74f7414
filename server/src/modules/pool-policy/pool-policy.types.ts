import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EntryReason, FollowUpType, RecycleCombination } from '@berth/domain';
import { FollowUpTypeEnum, RecycleCombinationEnum } from '../../graphql/enums';
import { UserType } from '../org/org.types';
import { EntryReasonType, ReturnReasonType } from '../pool/pool.types';

@ObjectType('TierDaysOverride')
@InputType('TierDaysOverrideInput')
export class TierDaysOverrideType {
  @Field()
  tier: string;

  @Field(() => Int, { nullable: true, description: 'null = the rule is off for this tier (no-deal limit only).' })
  days: number | null;
}

@ObjectType('TierDays', { description: 'A day count with optional per-tier overrides; unlisted tiers get the default.' })
@InputType('TierDaysInput')
export class TierDaysType {
  @Field(() => Int, { nullable: true, description: 'null = the rule is off (no-deal limit only).' })
  default: number | null;

  @Field(() => [TierDaysOverrideType])
  byTier: TierDaysOverrideType[];
}

@ObjectType('PoolPolicy', { description: 'Protection, recycling and claim rules (PRODUCT.md). Day counts are calendar days in teamTimeZone.' })
@InputType('PoolPolicyInput')
export class PoolPolicyType {
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin: days, the claim day and reminders are read there.' })
  teamTimeZone: string;

  @Field(() => TierDaysType, { description: 'Protection period from getting a customer.' })
  protectionDays: TierDaysType;

  @Field(() => [FollowUpTypeEnum], { description: 'Follow-up kinds that count toward protection.' })
  followUpTypes: FollowUpType[];

  @Field(() => Int, { description: 'Fewest characters of content for a follow-up to count.' })
  minFollowUpLength: number;

  @Field(() => Int, { description: 'A valid follow-up protects for this many days from its time.' })
  extensionDays: number;

  @Field(() => TierDaysType, { description: 'Recycle when no deal is won within this many days; null = off.' })
  noDealDays: TierDaysType;

  @Field(() => RecycleCombinationEnum)
  combination: RecycleCombination;

  @Field()
  excludeWon: boolean;

  @Field()
  excludeLocked: boolean;

  @Field(() => Int, { description: 'Remind the owner this many days before protection ends.' })
  reminderLeadDays: number;

  @Field(() => Int, { description: 'Claims per rep per calendar day.' })
  dailyClaimLimit: number;

  @Field(() => Int, { description: 'Most customers a rep may hold.' })
  holdingCap: number;

  @Field({ description: 'False leaves WON customers out of the holding count.' })
  holdingCapCountsWon: boolean;

  @Field(() => Int, { description: 'Days a rep must wait to re-claim a customer they lost; 0 = off.' })
  previousOwnerCooldownDays: number;

  @Field(() => Int, { description: 'Hours a new pool entry waits before anyone may claim it; 0 = off.' })
  newEntryCooldownHours: number;

  @Field({ description: "A departure (all of a rep's customers moving) waits for an admin or the manager above." })
  departuresNeedApproval: boolean;

  @Field({ description: 'A manager moving customers to a rep of another department waits for an admin or the manager above.' })
  crossDepartmentMovesNeedApproval: boolean;

  @Field(() => [ReturnReasonType])
  returnReasons: ReturnReasonType[];
}

@ObjectType('PolicyChange', { description: 'One setting an edit changed, by field path.' })
export class PolicyChangeType {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType('PoolPolicyVersion', { description: 'A saved edit of the pool policy.' })
export class PoolPolicyVersionType {
  @Field(() => Int)
  version: number;

  @Field()
  changedAt: Date;

  @Field(() => UserType, { nullable: true, description: 'Null if that user was deleted.' })
  changedBy: UserType | null;

  @Field(() => [PolicyChangeType])
  changes: PolicyChangeType[];

  @Field(() => PoolPolicyType, { description: 'The policy as saved.' })
  policy: PoolPolicyType;
}

@ObjectType('UpdatePoolPolicyPayload')
export class UpdatePoolPolicyPayload {
  @Field(() => PoolPolicyType)
  policy: PoolPolicyType;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: 'Owned customers whose protection end moved under the new rules.' })
  protectionEndsMoved: number;
}

@ObjectType('ForecastCustomer')
export class ForecastCustomerType {
  @Field(() => ID)
  customerId: number;

  @Field()
  companyName: string;

  @Field({ description: 'When the sweep would take it (now if already overdue).' })
  recycleAt: Date;

  @Field({ description: 'In English, for reading in logs; clients word `reasonDetail`.' })
  reason: string;

  @Field(() => EntryReasonType, { description: 'Why, as data: the rules that would fire and their day counts.' })
  reasonDetail: EntryReason;
}

@ObjectType('RepRecycleForecast')
export class RepRecycleForecastType {
  @Field(() => UserType)
  rep: UserType;

  @Field(() => Int)
  count: number;

  @Field(() => [ForecastCustomerType], { description: 'Earliest first.' })
  customers: ForecastCustomerType[];
}

@ObjectType('PoolPolicyPreview', { description: 'What an edit would recycle within horizonDays if nobody followed up.' })
export class PoolPolicyPreviewType {
  @Field(() => Int)
  horizonDays: number;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'The same count under the policy in force.' })
  totalUnderCurrent: number;

  @Field(() => [RepRecycleForecastType])
  reps: RepRecycleForecastType[];
}
