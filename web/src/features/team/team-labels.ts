import type { TeamFigure } from './team-types';

/** Every user-facing string of the Team page, in one place for the message catalogue (issue #11). */
export const TEAM_LABELS = {
  title: 'Team',
  subtitleTeam: 'Each rep’s load right now: holdings against the cap, claims today, protections ending and follow-ups.',
  subtitleRep: 'Your own load right now: holdings against the cap, claims today, protections ending and follow-ups.',
  department: 'Department',
  everyone: 'Everyone you can see',
  totals: 'Team totals',
  rep: 'Rep',
  lastActivity: 'Last activity',
  nearCap: 'Near the cap',
  noReps: 'No reps in this department.',
  asOf: (when: string) => `As of ${when}`,
  capNote: (cap: string, limit: string, countsWon: boolean) =>
    `Holding cap ${cap}${countsWon ? '' : ' (won customers not counted)'} · daily claim limit ${limit}`,
  ofCap: (n: string, cap: string) => `${n} / ${cap}`,
  ofLimit: (n: string, limit: string) => `${n} / ${limit}`,
  openCustomers: (figure: string, who: string) => `Open the customers behind "${figure}" for ${who}`,
  everyoneShown: 'everyone shown',
  stillHeld: 'still held',
} as const;

export const FIGURE_LABELS: Record<TeamFigure, string> = {
  HOLDINGS: 'Holdings',
  CLAIMED_TODAY: 'Claims today',
  PROTECTION_ENDS_IN_3_DAYS: 'Protection ends ≤ 3 days',
  PROTECTION_ENDS_IN_7_DAYS: 'Protection ends ≤ 7 days',
  RECYCLES_IN_7_DAYS: 'Recycles ≤ 7 days',
  FOLLOWED_UP_IN_7_DAYS: 'Followed up (7 days)',
};

/** How each number is defined (docs/managers-desk.md), for the column tooltips. */
export const FIGURE_DEFINITIONS: Record<TeamFigure, string> = {
  HOLDINGS: 'Customers the rep owns, as the holding cap counts them (won ones left out when the policy says so). Flagged from 90% of the cap.',
  CLAIMED_TODAY:
    'Claims the rep made today (the team’s day, midnight to midnight) against the daily limit, counted as the limit counts them. When some of those customers were given back or lost since, the ones still held are linked beside it.',
  PROTECTION_ENDS_IN_3_DAYS: 'Owned customers whose protection ends within 3 team days, including ends already passed that the sweep has not yet taken; won and locked ones included.',
  PROTECTION_ENDS_IN_7_DAYS: 'Owned customers whose protection ends within 7 team days, including ends already passed that the sweep has not yet taken; won and locked ones included.',
  RECYCLES_IN_7_DAYS: 'Owned customers the rules would recycle within 7 team days if nobody followed up: protection ends and no exclusion (won, locked) applies.',
  FOLLOWED_UP_IN_7_DAYS: 'Owned customers the rep logged a valid (counted) follow-up on in the last 7 team days.',
};

export const LAST_ACTIVITY_DEFINITION = 'The latest of the rep’s follow-ups (counted or not) and of ownership moves the rep acted in.';

/** The chip on the customer list that names a drill-down. */
export function teamFigureChipLabel(figure: TeamFigure, who: string | null): string {
  return who ? `${FIGURE_LABELS[figure]} · ${who}` : FIGURE_LABELS[figure];
}
