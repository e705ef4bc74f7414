import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CUSTOMER_STATUSES, type CustomerStatus } from '@berth/domain';
import { UserEntity } from '../org/user.entity';
import { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';

/**
 * Every status a customer was set to, and when: claim conversion asks whether a customer reached
 * WON while its claimer still owned it, which the customer's current status cannot answer.
 * Written in the same transaction as the create or the edit that set the status.
 */
@Entity('customer_status_changes')
@Index('idx_customer_status_changes_customer', ['customerId', 'changedAt'])
export class CustomerStatusChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  customerId: number;

  /** Through the ownership row, as ownership events reference the customer. */
  @ManyToOne(() => CustomerOwnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  ownership?: Relation<CustomerOwnershipEntity>;

  /** The status it changed to. */
  @Column({ type: 'enum', enum: CUSTOMER_STATUSES, enumName: 'customer_status' })
  status: CustomerStatus;

  @Column({ type: 'timestamptz' })
  changedAt: Date;

  /** Who set it; NULL = the system or a backfill. */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity> | null;
}
