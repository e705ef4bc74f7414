import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { AliasKind } from '@berth/domain';
import { CustomerEntity } from './customer.entity';

/**
 * Another name of a customer (former, English, Chinese, a brand), in the order the user listed
 * them, with its keys as the duplicate check compares names: the name key, looked up exactly, and
 * the distinctive name (without words common among the customers), whose word variants find
 * similar names — indexed like the customer's own name.
 */
@Entity('customer_aliases')
@Index('idx_customer_aliases_name_key', ['nameKey'])
@Index('idx_customer_aliases_name_variants', { synchronize: false }) // GIN (berth_name_variants(name_core)), in the migration
export class CustomerAliasEntity {
  @PrimaryColumn({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  kind: AliasKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  nameKey: string;

  @Column({ type: 'text' })
  nameCore: string;
}
