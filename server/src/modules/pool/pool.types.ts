import { Field, ID, Int, ObjectType } from 'type-graphql';

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
