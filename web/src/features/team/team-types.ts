/** Hand-written mirrors of the `teamLoad` contract (docs/managers-desk.md). */
export type TeamFigure =
  | 'HOLDINGS'
  | 'CLAIMED_TODAY'
  | 'PROTECTION_ENDS_IN_3_DAYS'
  | 'PROTECTION_ENDS_IN_7_DAYS'
  | 'RECYCLES_IN_7_DAYS'
  | 'FOLLOWED_UP_IN_7_DAYS';

export const TEAM_FIGURES: readonly TeamFigure[] = [
  'HOLDINGS',
  'CLAIMED_TODAY',
  'PROTECTION_ENDS_IN_3_DAYS',
  'PROTECTION_ENDS_IN_7_DAYS',
  'RECYCLES_IN_7_DAYS',
  'FOLLOWED_UP_IN_7_DAYS',
];

/** The customers behind one number on the Team page: `customers(filter: { teamFigure })`. */
export interface TeamFigureFilter {
  figure: TeamFigure;
  repId?: string;
  departmentId?: string;
}

export interface DepartmentRef {
  __typename?: 'Department';
  id: string;
  name: string;
  parentId?: string | null;
}

export interface TeamFigures {
  __typename?: 'TeamFigures';
  holdings: number;
  claimsToday: number;
  protectionEndsIn3Days: number;
  protectionEndsIn7Days: number;
  recyclesIn7Days: number;
  followedUpIn7Days: number;
}

export interface RepLoad {
  __typename?: 'RepLoad';
  rep: { __typename?: 'User'; id: string; name: string; disabled: boolean | null; department: DepartmentRef | null };
  figures: TeamFigures;
  nearCap: boolean;
  /** Today's claims as the daily limit counts them; figures.claimsToday leaves out those given back since. */
  claimsUsed: number;
  lastActivityAt: string | null;
}

export interface TeamLoad {
  __typename?: 'TeamLoad';
  asOf: string;
  department: DepartmentRef | null;
  holdingCap: number;
  dailyClaimLimit: number;
  holdingCapCountsWon: boolean;
  totals: TeamFigures;
  reps: RepLoad[];
}

/** Which field of TeamFigures each drill-down figure reads. */
export const FIGURE_FIELDS: Record<TeamFigure, keyof Omit<TeamFigures, '__typename'>> = {
  HOLDINGS: 'holdings',
  CLAIMED_TODAY: 'claimsToday',
  PROTECTION_ENDS_IN_3_DAYS: 'protectionEndsIn3Days',
  PROTECTION_ENDS_IN_7_DAYS: 'protectionEndsIn7Days',
  RECYCLES_IN_7_DAYS: 'recyclesIn7Days',
  FOLLOWED_UP_IN_7_DAYS: 'followedUpIn7Days',
};
