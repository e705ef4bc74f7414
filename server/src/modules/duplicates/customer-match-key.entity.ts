import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';

export const MATCH_KEY_DIMENSIONS = ['EMAIL', 'PHONE', 'DOMAIN'] as const;
export type MatchKeyDimension = (typeof MATCH_KEY_DIMENSIONS)[number];

/**
 * The normalised emails, phones and domains of a customer and its contacts, one row each,
 * so an exact duplicate lookup is one index probe per key. Rewritten on every write path.
 */
@Entity('customer_match_keys')
@Index('idx_customer_match_keys_customer', ['customerId'])
export class CustomerMatchKeyEntity {
  @PrimaryColumn({ type: 'enum', enum: MATCH_KEY_DIMENSIONS, enumName: 'match_key_dimension' })
  dimension: MatchKeyDimension;

  @PrimaryColumn({ type: 'varchar', length: 254 })
  key: string;

  @PrimaryColumn({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;
}
