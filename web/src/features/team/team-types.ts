import type {
  DepartmentsQuery,
  TeamFigure,
  TeamFigureFilter as ApiTeamFigureFilter,
  TeamFigures_FieldsFragment,
  TeamLoadQuery,
} from '../../gql/graphql';
import type { InputFields } from '../../shared/graphql/input-fields';

/** The `teamLoad` contract (docs/managers-desk.md), as generated from schema.graphql. */
export type { TeamFigure };

export const TEAM_FIGURES: readonly TeamFigure[] = [
  'HOLDINGS',
  'CLAIMED_TODAY',
  'PROTECTION_ENDS_IN_3_DAYS',
  'PROTECTION_ENDS_IN_7_DAYS',
  'RECYCLES_IN_7_DAYS',
  'FOLLOWED_UP_IN_7_DAYS',
];

/** The customers behind one number on the Team page: `customers(filter: { teamFigure })`. */
export type TeamFigureFilter = Pick<ApiTeamFigureFilter, 'figure'> & InputFields<ApiTeamFigureFilter, 'repId' | 'departmentId'>;

export type DepartmentRef = DepartmentsQuery['departments'][number];
export type TeamFigures = TeamFigures_FieldsFragment;
export type TeamLoad = TeamLoadQuery['teamLoad'];
/** `claimsUsed`: today's claims as the daily limit counts them; figures.claimsToday leaves out those given back since. */
export type RepLoad = TeamLoad['reps'][number];

/** Which field of TeamFigures each drill-down figure reads. */
export const FIGURE_FIELDS: Record<TeamFigure, keyof TeamFigures> = {
  HOLDINGS: 'holdings',
  CLAIMED_TODAY: 'claimsToday',
  PROTECTION_ENDS_IN_3_DAYS: 'protectionEndsIn3Days',
  PROTECTION_ENDS_IN_7_DAYS: 'protectionEndsIn7Days',
  RECYCLES_IN_7_DAYS: 'recyclesIn7Days',
  FOLLOWED_UP_IN_7_DAYS: 'followedUpIn7Days',
};
