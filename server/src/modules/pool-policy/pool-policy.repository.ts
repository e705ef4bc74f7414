import type { EntityManager } from 'typeorm';
import type { PoolPolicy } from '@berth/domain';
import { PoolPolicyVersionEntity } from './pool-policy-version.entity';

/** The append-only history of policy edits. */
export class PoolPolicyVersionRepository {
  async append(manager: EntityManager, row: { changedById: number; changedAt: Date; before: PoolPolicy; after: PoolPolicy }): Promise<PoolPolicyVersionEntity> {
    const [{ next }] = await manager.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM pool_policy_versions`);
    return manager.getRepository(PoolPolicyVersionEntity).save({ ...row, version: next });
  }

  latest(manager: EntityManager, first: number): Promise<PoolPolicyVersionEntity[]> {
    return manager.getRepository(PoolPolicyVersionEntity).find({ order: { version: 'DESC' }, take: first });
  }
}
