import { In, type DataSource, type EntityManager } from 'typeorm';
import { OwnershipEventEntity } from './ownership-event.entity';

/** The only writer of the ownership trail. Call it inside the transaction that changes the owner. */
export class OwnershipEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, event: Omit<OwnershipEventEntity, 'id' | 'txId' | 'reasonDetail'> & Partial<Pick<OwnershipEventEntity, 'reasonDetail'>>): Promise<void> {
    await manager.getRepository(OwnershipEventEntity).insert(event);
  }

  byCustomerIds(customerIds: readonly number[]): Promise<OwnershipEventEntity[]> {
    return this.dataSource
      .getRepository(OwnershipEventEntity)
      .find({ where: { customerId: In([...customerIds]) }, order: { occurredAt: 'DESC', id: 'DESC' } });
  }
}
