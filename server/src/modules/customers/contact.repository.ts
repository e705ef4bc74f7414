import { In, type DataSource, type EntityManager } from 'typeorm';
import { ContactEntity } from './contact.entity';

export class ContactRepository {
  constructor(private readonly dataSource: DataSource) {}

  byCustomerIds(customerIds: readonly number[]): Promise<ContactEntity[]> {
    return this.dataSource
      .getRepository(ContactEntity)
      .find({ where: { customerId: In([...customerIds]) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<ContactEntity | null> {
    return manager.getRepository(ContactEntity).findOneBy({ id });
  }

  async insert(manager: EntityManager, contact: Omit<ContactEntity, 'id' | 'customer'>): Promise<ContactEntity> {
    return manager.getRepository(ContactEntity).save(manager.getRepository(ContactEntity).create(contact));
  }

  /** Contacts of new customers, in one statement. */
  async insertMany(manager: EntityManager, contacts: readonly Omit<ContactEntity, 'id' | 'customer'>[]): Promise<void> {
    if (contacts.length) await manager.getRepository(ContactEntity).insert(contacts.map((c) => manager.getRepository(ContactEntity).create(c)));
  }

  save(manager: EntityManager, contact: ContactEntity): Promise<ContactEntity> {
    return manager.getRepository(ContactEntity).save(contact);
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.getRepository(ContactEntity).delete({ id });
  }
}
