import { containing } from '../../db/like-pattern';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@berth/domain';
import { DepartmentEntity } from './department.entity';
import { RegionEntity } from './region.entity';
import { UserEntity } from './user.entity';
import { TierEntity } from '../customers/tier.entity';

/** Users, departments, regions and tiers: the organisation's reference data. */
export class OrgRepository {
  private tiers: Promise<TierEntity[]> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  usersByIds(ids: readonly number[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  departmentsByIds(ids: readonly number[]): Promise<DepartmentEntity[]> {
    return this.dataSource.getRepository(DepartmentEntity).findBy({ id: In([...ids]) });
  }

  regionsByIds(ids: readonly number[]): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).findBy({ id: In([...ids]) });
  }

  allRegions(): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).find({ order: { name: 'ASC' } });
  }

  /**
   * Tiers are reference data that only migrations write, and every customer row shows its tier:
   * read them once per instance instead of once per request. A failed read is not kept.
   */
  allTiers(): Promise<TierEntity[]> {
    this.tiers ??= this.dataSource
      .getRepository(TierEntity)
      .find({ order: { rank: 'ASC' } })
      .catch((error) => {
        this.tiers = null;
        throw error;
      });
    return this.tiers;
  }

  async regionExists(id: number, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await manager.getRepository(RegionEntity).countBy({ id })) > 0;
  }

  async tierExists(code: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await manager.getRepository(TierEntity).countBy({ code })) > 0;
  }

  /** The default tier for new customers: the least important one. */
  async defaultTierCode(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const tier = await manager.getRepository(TierEntity).findOne({ where: {}, order: { rank: 'DESC' } });
    if (!tier) throw new Error('no tiers are defined');
    return tier.code;
  }

  /** Department paths of many users in one query; users without a department map to null. */
  async departmentPathsOfUsers(userIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, string | null>> {
    const rows: { id: number; path: string | null }[] = await manager.query(
      'SELECT u.id, d.path FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::int[])',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.path]));
  }

  async departmentPathOfUser(userId: number, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { path: string | null }[] = await manager.query(
      'SELECT d.path FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = $1',
      [userId],
    );
    return rows[0]?.path ?? null;
  }

  /** Users whose customers the viewer can see: themselves, their department subtree, or everyone. */
  /**
   * Active people of any team whose name contains `search` (all when null), by name: whom a
   * customer may be shared with. Outside the viewer's team each is a name and a department only
   * (the User type's one rule), so this reveals no more than a clash does.
   */
  colleagues(search: string | null, first: number): Promise<UserEntity[]> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('NOT u.disabled').orderBy('u.name', 'ASC').addOrderBy('u.id', 'ASC').take(first);
    if (search) qb.andWhere('u.name ILIKE :search', { search: containing(search) });
    return qb.getMany();
  }

  teamMembers(viewer: Viewer): Promise<UserEntity[]> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.name', 'ASC');
    if (viewer.role === 'ADMIN') return qb.getMany();
    if (viewer.role === 'MANAGER' && viewer.departmentPath) {
      return qb
        .innerJoin(DepartmentEntity, 'd', 'd.id = u.departmentId')
        .where('d.path LIKE :prefix', { prefix: `${viewer.departmentPath}%` })
        .orWhere('u.id = :id', { id: viewer.userId })
        .getMany();
    }
    return qb.where('u.id = :id', { id: viewer.userId }).getMany();
  }
}
