import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../org/user.entity';
import { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';
import { TransferRequestEntity } from './transfer-request.entity';

/**
 * One customer of a transfer's snapshot: where it is planned to go, and once the job reached it,
 * its outcome (MOVED or the code of why it stayed). Marked done in the transaction that moves it,
 * so a job killed halfway resumes after the last committed chunk and moves each customer once.
 */
@Entity('transfer_items')
@Index('idx_transfer_items_pending', { synchronize: false }) // (request_id, customer_id) WHERE done_at IS NULL, in the migration
export class TransferItemEntity {
  @PrimaryColumn({ type: 'int' })
  requestId: number;

  @ManyToOne(() => TransferRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<TransferRequestEntity>;

  @PrimaryColumn({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerOwnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  ownership?: Relation<CustomerOwnershipEntity>;

  /** The planned receiver; null = the pool. */
  @Column({ type: 'int', nullable: true })
  toUserId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_user_id' })
  toUser?: Relation<UserEntity> | null;

  /** MOVED, or why it stayed (OWNER_CHANGED, HOLDING_CAP_REACHED, REP_DISABLED); null until reached. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
