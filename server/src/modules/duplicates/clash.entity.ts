import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { DuplicateDimension, DuplicateVerdict } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import { UserEntity } from '../org/user.entity';

/** A save that matched an existing customer (warned or blocked): who tried, when, on what. */
@Entity('clashes')
@Index('idx_clashes_customer', ['customerId', 'attemptedAt'])
export class ClashEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;

  @Column({ type: 'int' })
  attemptedById: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempted_by_id' })
  attemptedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  attemptedName: string;

  @Column({ type: 'varchar', length: 8 })
  verdict: Exclude<DuplicateVerdict, 'CLEAR'>;

  @Column({ type: 'text', array: true })
  dimensions: DuplicateDimension[];

  /** Who owned the customer at the attempt (null: it was in the pool): alerts name them, not a later owner. */
  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<UserEntity> | null;
}
