import type { CustomerStatus } from '../customer-fields';
import type { ClaimPolicy, PoolPolicy } from '../pool/policy';
import { recycleExclusion } from '../pool/exclusions';
import { addTeamDays, teamDayWindow } from '../pool/team-time';

/**
 * The Team page (the manager's desk): each rep's load as of `now`. Every figure is a set of
 * customers the rep owns now, so a number on the desk and the customer list it drills down to
 * are the same set by construction: the list can only show customers someone in the viewer's
 * scope owns. The server counts each figure with one SQL predicate (server/src/modules/team/
 * team-figures.ts) that is this module's twin; the integration tests compare the two.
 */
export const TEAM_FIGURES = [
  'HOLDINGS',
  'CLAIMED_TODAY',
  'PROTECTION_ENDS_IN_3_DAYS',
  'PROTECTION_ENDS_IN_7_DAYS',
  'RECYCLES_IN_7_DAYS',
  'FOLLOWED_UP_IN_7_DAYS',
] as const;
export type TeamFigure = (typeof TEAM_FIGURES)[number];

/** The policy settings the figures read. */
export type TeamLoadPolicy = Pick<PoolPolicy, 'teamTimeZone' | 'excludeWon' | 'excludeLocked'> &
  Pick<ClaimPolicy, 'holdingCap' | 'holdingCapCountsWon'>;

/** One customer the rep owns now, with its stored protection end (the value the sweep reads). */
export interface TeamOwnedCustomer {
  customerId: number;
  status: CustomerStatus;
  locked: boolean;
  /** Set for every owned customer; null only for data that breaks that rule (never counted as ending). */
  protectedUntil: Date | null;
}

/** Everything the desk knows of one rep. */
export interface TeamRepFacts {
  owned: readonly TeamOwnedCustomer[];
  /** The rep's claims (CLAIMED ownership events to the rep), any customer. */
  claims: readonly { customerId: number; at: Date }[];
  /** Follow-ups the rep wrote; `counted` = the policy counted it when logged (it extended protection). */
  followUps: readonly { customerId: number; at: Date; counted: boolean }[];
  /** When ownership events the rep acted in (claimed, assigned, returned, created…) happened. */
  actedAt: readonly Date[];
}

/**
 * The instants the figures compare with, from `now` in the team's zone. "3 days" is 3 team
 * days (`addTeamDays`): the same wall-clock time 3 calendar days on, across DST changes too.
 */
export interface TeamFigureWindows {
  /** Today's team day, [start, end): the claim counter's day. */
  todayStart: Date;
  todayEnd: Date;
  /** Protection has ended by this instant (end <= horizon), as the recycle forecast reads it. */
  in3Days: Date;
  in7Days: Date;
  /** Follow-ups from here up to `now` count as "followed up in the last 7 days". */
  since7Days: Date;
  now: Date;
}

export function teamFigureWindows(now: Date, timeZone: string): TeamFigureWindows {
  const today = teamDayWindow(now, timeZone);
  return {
    todayStart: today.start,
    todayEnd: today.end,
    in3Days: addTeamDays(now, 3, timeZone),
    in7Days: addTeamDays(now, 7, timeZone),
    since7Days: addTeamDays(now, -7, timeZone),
    now,
  };
}

/** Whether the holding cap counts this customer: WON ones are left out when the policy says so. */
export function countsTowardHoldingCap(customer: Pick<TeamOwnedCustomer, 'status'>, policy: Pick<TeamLoadPolicy, 'holdingCapCountsWon'>): boolean {
  return policy.holdingCapCountsWon || customer.status !== 'WON';
}

/**
 * Protection has ended by `horizon`: the end instant itself is no longer protected (the sweep
 * takes `protected_until <= now`), so an end exactly at the horizon is in. Ends already passed
 * that the sweep has not taken yet are in too.
 */
function endsBy(customer: TeamOwnedCustomer, horizon: Date): boolean {
  return customer.protectedUntil !== null && customer.protectedUntil <= horizon;
}

/**
 * The customers behind one figure for one rep, in input order. RECYCLES_IN_7_DAYS is the policy
 * preview's forecast (`forecastRecycling` with a 7-day horizon) read from the stored protection
 * ends: ended by the horizon and no exclusion (WON, locked) applies.
 */
export function teamFigureCustomers(figure: TeamFigure, facts: TeamRepFacts, w: TeamFigureWindows, policy: TeamLoadPolicy): number[] {
  const pick = (keep: (c: TeamOwnedCustomer) => boolean) => facts.owned.filter(keep).map((c) => c.customerId);
  switch (figure) {
    case 'HOLDINGS':
      return pick((c) => countsTowardHoldingCap(c, policy));
    case 'CLAIMED_TODAY': {
      const claimed = new Set(facts.claims.filter((k) => k.at >= w.todayStart && k.at < w.todayEnd).map((k) => k.customerId));
      return pick((c) => claimed.has(c.customerId));
    }
    case 'PROTECTION_ENDS_IN_3_DAYS':
      return pick((c) => endsBy(c, w.in3Days));
    case 'PROTECTION_ENDS_IN_7_DAYS':
      return pick((c) => endsBy(c, w.in7Days));
    case 'RECYCLES_IN_7_DAYS':
      return pick((c) => endsBy(c, w.in7Days) && recycleExclusion(c, policy) === null);
    case 'FOLLOWED_UP_IN_7_DAYS': {
      const followed = new Set(facts.followUps.filter((f) => f.counted && f.at >= w.since7Days && f.at <= w.now).map((f) => f.customerId));
      return pick((c) => followed.has(c.customerId));
    }
  }
}

export type TeamFigures = Record<TeamFigure, number>;

export interface RepLoadFigures {
  figures: TeamFigures;
  nearCap: boolean;
  /** The latest of the rep's follow-ups and of ownership events the rep acted in; null = none. */
  lastActivityAt: Date | null;
}

/** Near the cap: counted holdings at 90 % of the holding cap or more (a cap of 0 is always reached). */
export function isNearCap(holdings: number, holdingCap: number): boolean {
  return holdings * 10 >= holdingCap * 9;
}

export function repLoad(facts: TeamRepFacts, now: Date, policy: TeamLoadPolicy): RepLoadFigures {
  const w = teamFigureWindows(now, policy.teamTimeZone);
  const figures = Object.fromEntries(TEAM_FIGURES.map((f) => [f, teamFigureCustomers(f, facts, w, policy).length])) as TeamFigures;
  let last: number | null = null;
  for (const at of [...facts.followUps.map((f) => f.at), ...facts.actedAt]) if (last === null || at.getTime() > last) last = at.getTime();
  return { figures, nearCap: isNearCap(figures.HOLDINGS, policy.holdingCap), lastActivityAt: last === null ? null : new Date(last) };
}

/** Team totals: the sums over the rows shown (each customer has one owner, so no customer counts twice). */
export function teamTotals(rows: readonly { figures: TeamFigures }[]): TeamFigures {
  const totals = Object.fromEntries(TEAM_FIGURES.map((f) => [f, 0])) as TeamFigures;
  for (const row of rows) for (const f of TEAM_FIGURES) totals[f] += row.figures[f];
  return totals;
}
