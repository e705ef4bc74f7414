import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TRANSFER_RECEIVER_MODES, TRANSFER_STATUSES, type TransferReceiverMode, type TransferStatus } from '@berth/domain';
import { UserEntity } from '../org/user.entity';

/** What a transfer moves, counted when it was asked for: the preview an approver decides on. */
export interface TransferCounts {
  customers: number;
  contacts: number;
  followUps: number;
  openReminders: number;
}

/**
 * A request to move a rep's customers (all of them: a departure; or a selection) to one rep, to
 * several, or to the pool. Its items (transfer_items) are the snapshot of what will move, taken
 * when it was asked for; an approver's decision, the background job's progress and each item's
 * outcome are kept here. At most one open departure per rep (a partial unique index).
 */
@Entity('transfer_requests')
@Index('uq_transfer_requests_open_departure', { synchronize: false }) // partial unique (from_user_id) WHERE departure AND status IN (PENDING, QUEUED, RUNNING), in the migration
export class TransferRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The rep whose customers move. */
  @Column({ type: 'int' })
  fromUserId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_user_id' })
  fromUser?: Relation<UserEntity>;

  /** All of the rep's customers (someone leaving), rather than a selection. */
  @Column({ type: 'boolean' })
  departure: boolean;

  @Column({ type: 'enum', enum: TRANSFER_RECEIVER_MODES, enumName: 'transfer_receiver_mode' })
  receiverMode: TransferReceiverMode;

  @Column({ type: 'int', array: true, default: () => "'{}'" })
  receiverIds: number[];

  /** The old owner keeps read-only access for this many days after the move; null = none. */
  @Column({ type: 'int', nullable: true })
  keepReadDays: number | null;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'enum', enum: TRANSFER_STATUSES, enumName: 'transfer_status' })
  status: TransferStatus;

  @Column({ type: 'boolean' })
  needsApproval: boolean;

  @Column({ type: 'int' })
  requestedById: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'int', nullable: true })
  decidedById: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionComment: string | null;

  @Column({ type: 'jsonb' })
  counts: TransferCounts;

  /** Groups the notices of all its moves: one per person for the whole transfer. */
  @Column({ type: 'uuid' })
  batchId: string;

  @Column({ type: 'int', default: 0 })
  moved: number;

  @Column({ type: 'int', default: 0 })
  failed: number;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
