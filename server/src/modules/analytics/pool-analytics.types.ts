import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ANALYTICS_BUCKETS, ANALYTICS_RANGE_PRESETS, type AnalyticsBucket, type AnalyticsRangePreset, type CohortKind } from '@berth/domain';
import { UserType } from '../org/org.types';

export const AnalyticsRangePresetEnum = Object.fromEntries(ANALYTICS_RANGE_PRESETS.map((p) => [p, p])) as { [K in AnalyticsRangePreset]: K };
registerEnumType(AnalyticsRangePresetEnum, { name: 'AnalyticsRangePreset', description: 'A range of team days ending today, or CUSTOM (from/to).' });
export const AnalyticsBucketEnum = Object.fromEntries(ANALYTICS_BUCKETS.map((b) => [b, b])) as { [K in AnalyticsBucket]: K };
registerEnumType(AnalyticsBucketEnum, { name: 'AnalyticsBucket', description: 'Team days, weeks starting Monday, or months, in the team time zone.' });
export const CohortKindEnum = { CLAIMED: 'CLAIMED', ASSIGNED: 'ASSIGNED' } as const satisfies { [K in CohortKind]: K };
registerEnumType(CohortKindEnum, { name: 'CohortKind', description: 'Claims and assignments are separate cohort series.' });

@InputType('PoolAnalyticsInput')
export class PoolAnalyticsInput {
  @Field(() => AnalyticsRangePresetEnum, { defaultValue: 'LAST_30_DAYS' })
  preset: AnalyticsRangePreset;

  @Field(() => String, { nullable: true, description: 'CUSTOM only: first team day, YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'CUSTOM only: last team day included, YYYY-MM-DD. At most two years after from.' })
  to?: string | null;

  @Field(() => AnalyticsBucketEnum, { defaultValue: 'DAY' })
  bucket: AnalyticsBucket;

  @Field(() => ID, { nullable: true, description: 'Flows of reps now in this department subtree.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Flows of one rep.' })
  repId?: string | null;

  @Field(() => String, { nullable: true, description: 'Customers of this tier (as it is now).' })
  tier?: string | null;

  @Field(() => String, { nullable: true, description: 'Customers from this source (as it is now).' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Customers of this industry (as it is now).' })
  industry?: string | null;

  @Field(() => ID, { nullable: true, description: 'Customers of this region (as it is now).' })
  regionId?: string | null;
}

@ObjectType('PoolFlowBucket', { description: 'Moves into and out of the pool in one bucket, and the pool at its end.' })
export class PoolFlowBucketType {
  @Field({ description: 'First team day of the bucket, YYYY-MM-DD.' }) start: string;
  @Field({ description: 'Last team day of the bucket, YYYY-MM-DD.' }) end: string;
  @Field(() => Int, { description: 'Customers in the pool at the bucket’s end (now, for a bucket still running); company-wide.' }) stockAtEnd: number;
  @Field(() => Int, { description: 'Recycled for no valid follow-up (a recycle for both rules counts here).' }) recycledNoFollowUp: number;
  @Field(() => Int, { description: 'Recycled for no won deal.' }) recycledNoDeal: number;
  @Field(() => Int) returned: number;
  @Field(() => Int, { description: 'Released to the pool by a manager.' }) released: number;
  @Field(() => Int, { description: 'Created straight into the pool.' }) imported: number;
  @Field(() => Int) claimed: number;
  @Field(() => Int, { description: 'Assigned from the pool by a manager.' }) assigned: number;
  @Field(() => Int) inflow: number;
  @Field(() => Int) outflow: number;
  @Field(() => Int, { description: 'inflow − outflow' }) netFlow: number;
}

@ObjectType('ReasonCount')
export class ReasonCountType {
  @Field({ description: "The return reason's code in the pool policy; empty for returns written before codes were kept." }) reason: string;
  @Field(() => Int) count: number;
}

@ObjectType('RepRecycleFrequency')
export class RepRecycleFrequencyType {
  repId: number;
  @Field(() => UserType) rep: UserType;
  @Field(() => Int) recycles: number;
  @Field(() => Float, { description: 'Holdings averaged over the bucket ends of the range.' }) averageHoldings: number;
  @Field(() => Float, { nullable: true, description: 'recycles ÷ averageHoldings; null when averageHoldings is 0.' }) frequency: number | null;
}

@ObjectType('ChurnLoopCustomer', { description: 'A customer recycled 3 or more times in the 365 days before the range’s end.' })
export class ChurnLoopCustomerType {
  @Field(() => ID) customerId: number;
  @Field() companyName: string;
  @Field(() => Int) recycles: number;
  @Field() inPool: boolean;
}

@ObjectType('ConversionCohort')
export class ConversionCohortType {
  @Field() start: string;
  @Field() end: string;
  @Field(() => CohortKindEnum) kind: CohortKind;
  @Field(() => Int) size: number;
  @Field(() => Float, { nullable: true, description: 'Share (0..1) that reached WON within 30 days while the receiver still owned it; null when the cohort is empty or younger than 30 days.' })
  wonWithin30Days: number | null;
  @Field(() => Float, { nullable: true }) wonWithin60Days: number | null;
  @Field(() => Float, { nullable: true }) wonWithin90Days: number | null;
  @Field(() => Float, { nullable: true, description: 'Share with a first counted follow-up by the receiver within 48 hours.' }) activatedWithin48Hours: number | null;
}

@ObjectType('BoomerangRate')
export class BoomerangRateType {
  repId: number | null;
  @Field(() => UserType, { nullable: true }) rep: UserType | null;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => Int, { description: 'Claims and assignments in the range at least 30 days old.' }) moves: number;
  @Field(() => Int, { description: 'Of those, back in the pool within 30 days.' }) back: number;
  @Field(() => Float, { nullable: true }) rate: number | null;
}

@ObjectType('DwellTime')
export class DwellTimeType {
  @Field(() => Int) exits: number;
  @Field(() => Float, { nullable: true }) medianDays: number | null;
  @Field(() => Float, { nullable: true }) p90Days: number | null;
}

@ObjectType('DeadStock')
export class DeadStockType {
  @Field(() => Int) poolSize: number;
  @Field(() => Int, { description: 'In the pool 90 days or more.' }) dead: number;
  @Field(() => Float, { nullable: true }) share: number | null;
}

@ObjectType('PoolAnalytics', { description: 'How customers flowed through the pool over a range; definitions in docs/managers-desk.md.' })
export class PoolAnalyticsType {
  @Field() from: string;
  @Field() to: string;
  @Field() timeZone: string;
  @Field(() => AnalyticsBucketEnum) bucket: AnalyticsBucket;
  @Field(() => [PoolFlowBucketType]) buckets: PoolFlowBucketType[];
  @Field(() => [ReasonCountType]) returnReasons: ReasonCountType[];
  @Field(() => [RepRecycleFrequencyType]) recycleFrequency: RepRecycleFrequencyType[];
  @Field(() => [ChurnLoopCustomerType], { description: 'Only customers the viewer may see (in the pool or in their scope).' }) churnLoops: ChurnLoopCustomerType[];
  @Field(() => [ConversionCohortType]) conversion: ConversionCohortType[];
  @Field(() => [BoomerangRateType]) boomerangByRep: BoomerangRateType[];
  @Field(() => [BoomerangRateType]) boomerangBySource: BoomerangRateType[];
  @Field(() => DwellTimeType) dwell: DwellTimeType;
  @Field(() => DeadStockType) deadStock: DeadStockType;
}
