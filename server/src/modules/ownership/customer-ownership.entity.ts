import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../org/user.entity';
import { CustomerEntity } from '../customers/customer.entity';

/**
 * Where a customer stands: its one owner (NULL = in the public pool), since when, until when it
 * is protected, and whether it is locked. A row of its own because it is what changes most:
 * claims, recycles, returns, assignments and reminders write only this narrow row, so they leave
 * the customer's record and its many indexes (two of them GIN) alone. Exactly one per customer,
 * written with the customer; an owner change needs its ownership event (checked at commit).
 */
@Entity('customer_ownership')
@Check('chk_customer_ownership_owned_since', '(owner_id IS NULL) = (owned_since IS NULL)')
@Index('idx_customer_ownership_owner', ['ownerId', 'protectedUntil'])
@Index('idx_customer_ownership_due', { synchronize: false }) // (protected_until, customer_id) WHERE owned: the recycle sweep's, in a migration
@Index('idx_customer_ownership_pool', { synchronize: false }) // (owner_changed_at, customer_id) WHERE in the pool: newest arrivals first, in a migration
export class CustomerOwnershipEntity {
  @PrimaryColumn({ type: 'int' })
  customerId: number;

  @OneToOne(() => CustomerEntity, (c) => c.ownership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;

  /** The one rep the customer belongs to; NULL = in the public pool. One column of a one-per-customer row: two owners cannot exist. */
  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  ownedSince: Date | null;

  /** When the owner last changed (created, claimed, assigned, returned, recycled); for a pool customer, when it arrived. */
  @Column({ type: 'timestamptz' })
  ownerChangedAt: Date;

  /** Until when nobody else may take the customer; NULL while it is in the pool. */
  @Column({ type: 'timestamptz', nullable: true })
  protectedUntil: Date | null;

  /** The protection end the owner was last reminded of: one reminder per period, guarded by a conditional update. */
  @Column({ type: 'timestamptz', nullable: true })
  remindedFor: Date | null;

  /** Locked customers are never recycled (an admin decision, e.g. a strategic account). */
  @Column({ type: 'boolean', default: false })
  locked: boolean;
}
