import { In, type DataSource } from 'typeorm';
import { OwnershipEventEntity } from './ownership-event.entity';

/** Reads of the ownership trail; the OwnershipLedger is its only writer (seeds aside). */
export class OwnershipEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  byCustomerIds(customerIds: readonly number[]): Promise<OwnershipEventEntity[]> {
    return this.dataSource
      .getRepository(OwnershipEventEntity)
      .find({ where: { customerId: In([...customerIds]) }, order: { occurredAt: 'DESC', id: 'DESC' } });
  }
}
