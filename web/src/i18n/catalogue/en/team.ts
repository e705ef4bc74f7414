/** Messages of the team area; keys start with "team.". */
export const team = {
  'team.title': 'Team',
  'team.subtitle.team': 'Each rep’s load right now: holdings against the cap, claims today, protections ending and follow-ups.',
  'team.subtitle.rep': 'Your own load right now: holdings against the cap, claims today, protections ending and follow-ups.',
  'team.department': 'Department',
  'team.everyone': 'Everyone you can see',
  'team.totals': 'Team totals',
  'team.rep': 'Rep',
  'team.lastActivity': 'Last activity',
  'team.lastActivityWhen': 'Last activity: {when}',
  'team.lastActivityDefinition': 'The latest of the rep’s follow-ups (counted or not) and of ownership moves the rep acted in.',
  'team.nearCap': 'Near the cap',
  'team.noReps': 'No reps in this department.',
  'team.asOf': 'As of {when}',
  'team.caps': 'Holding cap {cap} · daily claim limit {limit}',
  'team.capsWonNotCounted': 'Holding cap {cap} (won customers not counted) · daily claim limit {limit}',
  'team.holdingBar': '{name}: {holdings} of {cap}',
  /**
   * After "10 / 10" when some of today's claims were given back since; `held` is the link to those
   * still held. The space before it is part of the message: Chinese puts none before its bracket.
   */
  'team.claims.stillHeld': ' ({held} still held)',
  'team.openCustomers': 'Open the customers behind "{figure}" for {who}',
  'team.everyoneShown': 'everyone shown',
  'team.howCounted': 'How “{label}” is counted',
  'team.chip': '{figure} · {who}',

  'team.figure.HOLDINGS': 'Holdings',
  'team.figure.CLAIMED_TODAY': 'Claims today',
  'team.figure.PROTECTION_ENDS_IN_3_DAYS': 'Protection ends ≤ 3 days',
  'team.figure.PROTECTION_ENDS_IN_7_DAYS': 'Protection ends ≤ 7 days',
  'team.figure.RECYCLES_IN_7_DAYS': 'Recycles ≤ 7 days',
  'team.figure.FOLLOWED_UP_IN_7_DAYS': 'Followed up (7 days)',

  'team.figureDefinition.HOLDINGS':
    'Customers the rep owns, as the holding cap counts them (won ones left out when the policy says so). Flagged from 90% of the cap.',
  'team.figureDefinition.CLAIMED_TODAY':
    'Claims the rep made today (the team’s day, midnight to midnight) against the daily limit, counted as the limit counts them. When some of those customers were given back or lost since, the ones still held are linked beside it.',
  'team.figureDefinition.PROTECTION_ENDS_IN_3_DAYS':
    'Owned customers whose protection ends within 3 team days, including ends already passed that the sweep has not yet taken; won and locked ones included.',
  'team.figureDefinition.PROTECTION_ENDS_IN_7_DAYS':
    'Owned customers whose protection ends within 7 team days, including ends already passed that the sweep has not yet taken; won and locked ones included.',
  'team.figureDefinition.RECYCLES_IN_7_DAYS':
    'Owned customers the rules would recycle within 7 team days if nobody followed up: protection ends and no exclusion (won, locked) applies.',
  'team.figureDefinition.FOLLOWED_UP_IN_7_DAYS': 'Owned customers the rep logged a valid (counted) follow-up on in the last 7 team days.',
} as const;
