import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TEAM_FIGURES, type TeamFigure } from '@berth/domain';
import { DepartmentType, UserType } from '../org/org.types';

export const TeamFigureEnum = Object.fromEntries(TEAM_FIGURES.map((f) => [f, f])) as { [K in TeamFigure]: K };
registerEnumType(TeamFigureEnum, {
  name: 'TeamFigure',
  description: "A number on the Team page. Each is a set of customers the rep owns now; customers(filter: { teamFigure }) lists exactly that set.",
  valuesConfig: {
    HOLDINGS: { description: 'Customers the rep owns, as the holding cap counts them (WON ones left out when the policy says so).' },
    CLAIMED_TODAY: { description: 'Customers the rep claimed since the start of today (team time zone) and still owns.' },
    PROTECTION_ENDS_IN_3_DAYS: { description: 'Owned customers whose protection ends within 3 team days, including ends already passed that the sweep has not taken.' },
    PROTECTION_ENDS_IN_7_DAYS: { description: 'The same within 7 team days.' },
    RECYCLES_IN_7_DAYS: { description: 'Owned customers the rules would recycle within 7 team days if nobody followed up: the policy preview’s forecast.' },
    FOLLOWED_UP_IN_7_DAYS: { description: 'Owned customers the rep logged a valid (counted) follow-up on in the last 7 team days.' },
  },
});

@InputType('TeamFigureFilter', { description: 'The customers behind one number of the Team page: one rep’s, or the team total’s.' })
export class TeamFigureFilterInput {
  @Field(() => TeamFigureEnum)
  figure: TeamFigure;

  @Field(() => ID, { nullable: true, description: 'One rep’s row; left out = the whole team (the totals row).' })
  repId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team of this department subtree, as teamLoad(departmentId) shows it; ignored for a rep.' })
  departmentId?: string | null;
}

@ObjectType('TeamFigures')
export class TeamFiguresType {
  @Field(() => Int)
  holdings: number;

  @Field(() => Int)
  claimsToday: number;

  @Field(() => Int)
  protectionEndsIn3Days: number;

  @Field(() => Int)
  protectionEndsIn7Days: number;

  @Field(() => Int)
  recyclesIn7Days: number;

  @Field(() => Int)
  followedUpIn7Days: number;
}

@ObjectType('RepLoad')
export class RepLoadType {
  @Field(() => UserType)
  rep: UserType;

  @Field(() => TeamFiguresType)
  figures: TeamFiguresType;

  @Field({ description: 'Holdings at 90 % of the holding cap or more.' })
  nearCap: boolean;

  @Field(() => Int, {
    description: 'Claims made today as the daily limit counts them (the counter it reads), customers given back since included: compare with dailyClaimLimit.',
  })
  claimsUsed: number;

  @Field(() => Date, { nullable: true, description: 'The latest of the rep’s follow-ups and of ownership events the rep acted in.' })
  lastActivityAt: Date | null;
}

@ObjectType('TeamLoad', { description: 'The Team page: each rep’s load as of asOf.' })
export class TeamLoadType {
  @Field()
  asOf: Date;

  @Field(() => DepartmentType, { nullable: true, description: 'The department shown; null = everyone the viewer may see.' })
  department: DepartmentType | null;

  @Field(() => Int)
  holdingCap: number;

  @Field(() => Int)
  dailyClaimLimit: number;

  @Field()
  holdingCapCountsWon: boolean;

  @Field(() => TeamFiguresType, { description: 'Sums over the rows shown.' })
  totals: TeamFiguresType;

  @Field(() => [RepLoadType], { description: 'Ordered by name.' })
  reps: RepLoadType[];
}
