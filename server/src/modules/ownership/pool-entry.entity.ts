import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { EntryReason } from '@berth/domain';
import { CustomerOwnershipEntity } from './customer-ownership.entity';
import { UserEntity } from '../org/user.entity';

export const POOL_ENTRY_KINDS = ['RECYCLED', 'RETURNED', 'RELEASED'] as const;
export type PoolEntryKind = (typeof POOL_ENTRY_KINDS)[number];

/** A customer's arrival in the public pool: how, from whom and why — the history a claimer reads. */
@Entity('pool_entries')
@Index('idx_pool_entries_customer', ['customerId', 'enteredAt'])
@Index('idx_pool_entries_kind_entered', { synchronize: false }) // (kind, entered_at) INCLUDE (previous_owner_id): pool analytics' recycles and returns in a range, in a migration
export class PoolEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  /** The customer, through its ownership row (as ownership events reference it). */
  @ManyToOne(() => CustomerOwnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  ownership?: Relation<CustomerOwnershipEntity>;

  @Column({ type: 'enum', enum: POOL_ENTRY_KINDS, enumName: 'pool_entry_kind' })
  kind: PoolEntryKind;

  @Column({ type: 'int', nullable: true })
  previousOwnerId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_owner_id' })
  previousOwner?: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  reason: string;

  /** A return's reason code from the policy (analytics count returns by it; the text also has the rep's note). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reasonCode: string | null;

  /** The reason as data (`EntryReason`), which each viewer reads in their own language; `reason` is its English text. */
  @Column({ type: 'jsonb', nullable: true })
  reasonDetail: EntryReason | null;

  @Column({ type: 'timestamptz' })
  enteredAt: Date;
}
