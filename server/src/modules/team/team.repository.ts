import type { DataSource } from 'typeorm';
import type { Viewer } from '@berth/domain';
import { DepartmentEntity } from '../org/department.entity';
import { UserEntity } from '../org/user.entity';
import { teamFigureCountColumns, TEAM_OWNER, type TeamFigureCounts, type TeamFigureParams } from './team-figures';

/**
 * Who may own customers on the desk: active reps and managers, and disabled users of any role
 * who still hold customers (someone has to see those customers before they are handed on).
 */
const MAY_OWN = `((NOT u.disabled AND u.role IN ('REP', 'MANAGER'))
   OR (u.disabled AND EXISTS (SELECT 1 FROM customer_ownership h WHERE h.owner_id = u.id)))`;

/** The Team page's reads: the viewer's departments and team, and the figures of a whole team in one statement. */
export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Departments the viewer may pick: an admin all, a manager their subtree, a rep their own; ordered by path (the tree's order). */
  departments(viewer: Viewer): Promise<DepartmentEntity[]> {
    const qb = this.dataSource.getRepository(DepartmentEntity).createQueryBuilder('d').orderBy('d.path', 'ASC');
    if (viewer.role === 'ADMIN') return qb.getMany();
    if (!viewer.departmentPath) return Promise.resolve([]);
    return viewer.role === 'MANAGER'
      ? qb.where('d.path LIKE :prefix', { prefix: `${viewer.departmentPath}%` }).getMany()
      : qb.where('d.path = :path', { path: viewer.departmentPath }).getMany();
  }

  /** A department the viewer may pick, else null (a missing one and a hidden one answer alike). */
  async department(viewer: Viewer, id: number): Promise<DepartmentEntity | null> {
    return (await this.departments(viewer)).find((d) => d.id === id) ?? null;
  }

  /**
   * The team the viewer sees, ordered by name: within the viewer's own scope (an admin everyone,
   * a manager their subtree and themselves, anyone else only themselves), narrowed to the
   * subtree of `department` when one is picked (the caller checked it is in scope).
   */
  members(viewer: Viewer, department: DepartmentEntity | null): Promise<UserEntity[]> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoin(DepartmentEntity, 'd', 'd.id = u.departmentId')
      .where(MAY_OWN)
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (viewer.role === 'ADMIN') {
      // everyone
    } else if (viewer.role === 'MANAGER' && viewer.departmentPath) {
      qb.andWhere('(d.path LIKE :viewerPrefix OR u.id = :viewerId)', { viewerPrefix: `${viewer.departmentPath}%`, viewerId: viewer.userId });
    } else {
      qb.andWhere('u.id = :viewerId', { viewerId: viewer.userId });
    }
    if (department && viewer.role !== 'REP') qb.andWhere('d.path LIKE :departmentPrefix', { departmentPrefix: `${department.path}%` });
    return qb.getMany();
  }

  /**
   * Every figure for every rep of the team, in one statement over the team's ownership rows
   * (the owner index), each figure counted by its one predicate (team-figures.ts). Reps without
   * customers have no row.
   */
  async figureCounts(params: TeamFigureParams): Promise<Map<number, TeamFigureCounts>> {
    const sql = `SELECT o.owner_id AS "repId",
       ${teamFigureCountColumns()}
  FROM customer_ownership o
 WHERE ${TEAM_OWNER}
 GROUP BY o.owner_id`;
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    const rows: (TeamFigureCounts & { repId: number })[] = await this.dataSource.query(query, values);
    return new Map(rows.map(({ repId, ...counts }) => [repId, counts]));
  }

  /** Per rep, today's claim counter: the number the daily limit reads (a rep without a row has made none). */
  async claimsUsed(repIds: readonly number[], day: string): Promise<Map<number, number>> {
    if (!repIds.length) return new Map();
    const rows: { repId: number; claims: number }[] = await this.dataSource.query(
      `SELECT user_id AS "repId", claims FROM claim_counters WHERE user_id = ANY($1::int[]) AND day = $2`,
      [[...repIds], day],
    );
    return new Map(rows.map((r) => [r.repId, r.claims]));
  }

  /** Per rep, the latest follow-up they wrote or ownership event they acted in: two backward index probes each. */
  async lastActivity(repIds: readonly number[]): Promise<Map<number, Date | null>> {
    if (!repIds.length) return new Map();
    const rows: { repId: number; at: Date | null }[] = await this.dataSource.query(
      `SELECT r.id AS "repId",
              GREATEST((SELECT max(f.occurred_at) FROM follow_ups f WHERE f.author_id = r.id),
                       (SELECT max(e.occurred_at) FROM ownership_events e WHERE e.actor_id = r.id)) AS at
         FROM unnest($1::int[]) AS r(id)`,
      [[...repIds]],
    );
    return new Map(rows.map((r) => [r.repId, r.at]));
  }
}
