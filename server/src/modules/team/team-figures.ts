import { TEAM_FIGURES, teamFigureWindows, type TeamFigure, type TeamLoadPolicy } from '@berth/domain';

/**
 * THE one home of each Team-page figure in SQL: the predicate both counts per rep for
 * `teamLoad` and filters the customer list for `customers(filter: { teamFigure })`, so a number
 * and the list behind it cannot disagree. The SQL twin of the domain's `teamFigureCustomers`.
 *
 * Every predicate reads only the ownership row as `o` (customer_ownership), and is always used
 * together with `TEAM_OWNER` (the customer is owned by one of the team's reps). Named parameters
 * (TypeORM style, prefixed `tf`) come from `teamFigureParams`; the instants are computed by the
 * domain in team days (addTeamDays), never by SQL interval arithmetic.
 *
 * Why the shapes: the two sub-selects are uncorrelated, so PostgreSQL runs each once per
 * statement (a hashed sub-plan or a semi-join) from the (author_id, occurred_at) and
 * (actor_id, occurred_at) indexes. The status is read by a scalar sub-select per row, and only
 * where a rule needs it (OR/AND stop early): joining customers for it let the planner hash-join
 * a sequential scan of every customer (1.3 s at a million) instead of probing a team's rows.
 */
export const TEAM_OWNER = 'o.owner_id = ANY(CAST(:tfRepIds AS int[]))';

/** Not WON, read from the customer record by its primary key. */
const NOT_WON = `(SELECT w.status FROM customers w WHERE w.id = o.customer_id) IS DISTINCT FROM 'WON'`;

export const TEAM_FIGURE_SQL: Record<TeamFigure, string> = {
  HOLDINGS: `(CAST(:tfCapCountsWon AS boolean) OR ${NOT_WON})`,
  // A claim's actor and receiver are the rep; counted on the claim counter's day, [start, end).
  CLAIMED_TODAY: `(o.customer_id, o.owner_id) IN (
      SELECT e.customer_id, e.to_user_id FROM ownership_events e
       WHERE e.kind = 'CLAIMED' AND e.actor_id = ANY(CAST(:tfRepIds AS int[]))
         AND e.occurred_at >= :tfTodayStart AND e.occurred_at < :tfTodayEnd)`,
  // The end instant itself is unprotected (the sweep takes protected_until <= now).
  PROTECTION_ENDS_IN_3_DAYS: `o.protected_until <= :tfIn3Days`,
  PROTECTION_ENDS_IN_7_DAYS: `o.protected_until <= :tfIn7Days`,
  // The sweep's own exclusions (recycle.repository.ts `due`), at the 7-day horizon.
  RECYCLES_IN_7_DAYS: `(o.protected_until <= :tfIn7Days
      AND (NOT CAST(:tfExcludeLocked AS boolean) OR NOT o.locked)
      AND (NOT CAST(:tfExcludeWon AS boolean) OR ${NOT_WON}))`,
  FOLLOWED_UP_IN_7_DAYS: `(o.customer_id, o.owner_id) IN (
      SELECT f.customer_id, f.author_id FROM follow_ups f
       WHERE f.counted AND f.author_id = ANY(CAST(:tfRepIds AS int[]))
         AND f.occurred_at >= :tfSince7Days AND f.occurred_at <= :tfNow)`,
};

export const TEAM_FIGURE_FIELDS = {
  HOLDINGS: 'holdings',
  CLAIMED_TODAY: 'claimsToday',
  PROTECTION_ENDS_IN_3_DAYS: 'protectionEndsIn3Days',
  PROTECTION_ENDS_IN_7_DAYS: 'protectionEndsIn7Days',
  RECYCLES_IN_7_DAYS: 'recyclesIn7Days',
  FOLLOWED_UP_IN_7_DAYS: 'followedUpIn7Days',
} as const satisfies Record<TeamFigure, string>;

export type TeamFigureCounts = { [F in TeamFigure as (typeof TEAM_FIGURE_FIELDS)[F]]: number };

export type TeamFigureParams = Record<string, unknown>;

/** The parameters every figure reads: the team, the policy's switches, and the instants of `now` in team days. */
export function teamFigureParams(repIds: readonly number[], now: Date, policy: TeamLoadPolicy): TeamFigureParams {
  const w = teamFigureWindows(now, policy.teamTimeZone);
  return {
    tfRepIds: [...repIds],
    tfCapCountsWon: policy.holdingCapCountsWon,
    tfExcludeWon: policy.excludeWon,
    tfExcludeLocked: policy.excludeLocked,
    tfTodayStart: w.todayStart,
    tfTodayEnd: w.todayEnd,
    tfIn3Days: w.in3Days,
    tfIn7Days: w.in7Days,
    tfSince7Days: w.since7Days,
    tfNow: w.now,
  };
}

/** A customer-list condition: the customers behind one figure of these reps. */
export interface TeamFigureCondition {
  where: string;
  params: TeamFigureParams;
}

export function teamFigureCondition(figure: TeamFigure, params: TeamFigureParams): TeamFigureCondition {
  return { where: `(${TEAM_OWNER} AND ${TEAM_FIGURE_SQL[figure]})`, params };
}

/** One count per figure, per owner: `count(*) FILTER (WHERE <figure>)` over the team's customers. */
export function teamFigureCountColumns(): string {
  return TEAM_FIGURES.map((f) => `CAST(count(*) FILTER (WHERE ${TEAM_FIGURE_SQL[f]}) AS int) AS "${TEAM_FIGURE_FIELDS[f]}"`).join(',\n       ');
}
