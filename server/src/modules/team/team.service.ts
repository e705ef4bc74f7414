import { BerthError, claimDay, isNearCap, TEAM_FIGURES, type TeamFigure, type Viewer, fieldProblem } from '@berth/domain';
import type { Clock } from '../../clock';
import { parseId } from '../../graphql/ids';
import type { DepartmentEntity } from '../org/department.entity';
import type { PoolPolicyService } from '../pool-policy/pool-policy.service';
import { TEAM_FIGURE_FIELDS, teamFigureCondition, teamFigureParams, type TeamFigureCondition, type TeamFigureCounts } from './team-figures';
import type { TeamRepository } from './team.repository';

const NO_FIGURES: TeamFigureCounts = Object.fromEntries(TEAM_FIGURES.map((f) => [TEAM_FIGURE_FIELDS[f], 0])) as TeamFigureCounts;

/**
 * The Team page (the manager's desk): who is on the viewer's team and each one's load now.
 * Visibility: an admin any department (default everyone), a manager their subtree, a rep only
 * their own row: a rep's departmentId is ignored, not refused, so the one page works for every
 * role. A department or rep outside the viewer's scope answers exactly like one that does not
 * exist (NOT_FOUND naming the field).
 */
export class TeamService {
  constructor(
    private readonly team: TeamRepository,
    private readonly policies: PoolPolicyService,
    private readonly clock: Clock,
  ) {}

  departments(viewer: Viewer): Promise<DepartmentEntity[]> {
    return this.team.departments(viewer);
  }

  async teamLoad(viewer: Viewer, departmentId: string | null) {
    const department = await this.pickDepartment(viewer, departmentId, 'departmentId');
    const [policy, members, shown] = await Promise.all([
      this.policies.current(),
      this.team.members(viewer, department),
      department ?? (viewer.role === 'MANAGER' ? this.ownDepartment(viewer) : null),
    ]);
    const now = this.clock.now();
    const ids = members.map((m) => m.id);
    const [counts, lastActivity, claimsUsed] = await Promise.all([
      this.team.figureCounts(teamFigureParams(ids, now, policy)),
      this.team.lastActivity(ids),
      this.team.claimsUsed(ids, claimDay(now, policy.teamTimeZone)),
    ]);
    const reps = members.map((rep) => {
      const figures = counts.get(rep.id) ?? NO_FIGURES;
      return {
        rep,
        figures,
        nearCap: isNearCap(figures.holdings, policy.holdingCap),
        // Beside the daily limit the limit's own counter: claimsToday leaves out customers given back since.
        claimsUsed: claimsUsed.get(rep.id) ?? 0,
        lastActivityAt: lastActivity.get(rep.id) ?? null,
      };
    });
    const totals = { ...NO_FIGURES };
    for (const r of reps) for (const key of Object.keys(totals) as (keyof TeamFigureCounts)[]) totals[key] += r.figures[key];
    return {
      asOf: now,
      department: shown,
      holdingCap: policy.holdingCap,
      dailyClaimLimit: policy.dailyClaimLimit,
      holdingCapCountsWon: policy.holdingCapCountsWon,
      totals,
      reps,
    };
  }

  /**
   * The customer-list condition behind one number of the page: the same team, the same `now`
   * and policy, the same predicate (team-figures.ts) as `teamLoad`. `field` prefixes the
   * fields an error names (e.g. `filter.teamFigure`).
   */
  async figureCondition(viewer: Viewer, input: { figure: TeamFigure; repId?: string | null; departmentId?: string | null }, field: string): Promise<TeamFigureCondition> {
    const department = await this.pickDepartment(viewer, input.departmentId ?? null, `${field}.departmentId`);
    const [policy, members] = await Promise.all([this.policies.current(), this.team.members(viewer, department)]);
    let ids = members.map((m) => m.id);
    if (input.repId != null) {
      const repId = parseId(input.repId);
      if (repId === null || !ids.includes(repId)) throw notFound('Rep', `${field}.repId`);
      ids = [repId];
    }
    return teamFigureCondition(input.figure, teamFigureParams(ids, this.clock.now(), policy));
  }

  /** The picked department if the viewer may pick it; a rep's pick is ignored (their row is all they see). */
  private async pickDepartment(viewer: Viewer, departmentId: string | null, field: string): Promise<DepartmentEntity | null> {
    if (departmentId == null || viewer.role === 'REP') return null;
    const id = parseId(departmentId);
    const department = id === null ? null : await this.team.department(viewer, id);
    if (!department) throw notFound('Department', field);
    return department;
  }

  /** A manager's own department: the first of their subtree in path order. */
  private async ownDepartment(viewer: Viewer): Promise<DepartmentEntity | null> {
    if (!viewer.departmentPath) return null;
    return (await this.team.departments(viewer))[0] ?? null;
  }
}

function notFound(what: string, field: string): BerthError {
  return new BerthError('NOT_FOUND', `${what} not found.`, [fieldProblem(field, 'NOT_FOUND')]);
}
