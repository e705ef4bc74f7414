import { In, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { FollowUpEntity } from './follow-up.entity';

export class FollowUpRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, followUp: Omit<FollowUpEntity, 'id'>): Promise<FollowUpEntity> {
    const repo = manager.getRepository(FollowUpEntity);
    return repo.save(repo.create(followUp));
  }

  /** What the protection rule reads: the follow-ups since the current owner got the customer. */
  since(manager: EntityManager, customerId: number, from: Date): Promise<FollowUpEntity[]> {
    return manager.getRepository(FollowUpEntity).find({ where: { customerId, occurredAt: MoreThanOrEqual(from) }, order: { occurredAt: 'ASC' } });
  }

  /** Timelines, newest first. */
  byCustomerIds(customerIds: readonly number[]): Promise<FollowUpEntity[]> {
    return this.dataSource
      .getRepository(FollowUpEntity)
      .find({ where: { customerId: In([...customerIds]) }, order: { occurredAt: 'DESC', id: 'DESC' } });
  }
}
