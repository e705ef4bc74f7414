import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OWNERSHIP_EVENT_KINDS, type EntryReason, type OwnershipEventKind } from '@berth/domain';
import { UserEntity } from '../org/user.entity';
import { CustomerOwnershipEntity } from './customer-ownership.entity';
import { TransferRequestEntity } from '../transfers/transfer-request.entity';
import { ImportJobEntity } from '../imports/import-job.entity';

/**
 * Append-only trail of every change of owner. The database refuses UPDATE/DELETE on this table
 * and refuses to commit an owner change that has no event in the same transaction (see the
 * initial migration's triggers).
 */
@Entity('ownership_events')
@Index('idx_ownership_events_customer', ['customerId', 'occurredAt'])
@Index('idx_ownership_events_chain', ['customerId', 'id'])
@Index('idx_ownership_events_import_job', { synchronize: false }) // (import_job_id) WHERE import_job_id IS NOT NULL, in a migration: an import's customers, for its undo
@Index('idx_ownership_events_actor_occurred', { synchronize: false }) // (actor_id, occurred_at) INCLUDE (kind, customer_id, to_user_id), in a migration: the Team page's latest action and today's claims of a rep
export class OwnershipEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  customerId: number;

  /**
   * The customer, through its ownership row (one per customer, never deleted): the foreign-key
   * check then locks the row the owner change already holds, not the customer record.
   */
  @ManyToOne(() => CustomerOwnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  ownership?: Relation<CustomerOwnershipEntity>;

  @Column({ type: 'int', nullable: true })
  fromUserId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_user_id' })
  fromUser?: Relation<UserEntity> | null;

  @Column({ type: 'int', nullable: true })
  toUserId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_user_id' })
  toUser?: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: OWNERSHIP_EVENT_KINDS, enumName: 'ownership_event_kind' })
  kind: OwnershipEventKind;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** For recycles and returns, the reason as data (`EntryReason`); `reason` is its English text. */
  @Column({ type: 'jsonb', nullable: true })
  reasonDetail: EntryReason | null;

  /** Who did it; NULL = the system (a scheduled recycle). */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** The transfer request this move carried out, if any. */
  @Column({ type: 'int', nullable: true })
  transferRequestId: number | null;

  @ManyToOne(() => TransferRequestEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transfer_request_id' })
  transferRequest?: Relation<TransferRequestEntity> | null;

  /** Who approved that request; null when it needed no approval. */
  @Column({ type: 'int', nullable: true })
  approverId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approver_id' })
  approver?: Relation<UserEntity> | null;

  /** The import that created the customer (an IMPORTED event). */
  @Column({ type: 'int', nullable: true })
  importJobId: number | null;

  @ManyToOne(() => ImportJobEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_job_id' })
  importJob?: Relation<ImportJobEntity> | null;

  /**
   * SHA-256 of this event's fields and the customer's previous event's hash, set by the database
   * on insert (trigger trg_ownership_events_chain): an edited, inserted or deleted row breaks the
   * chain there, and verifyOwnershipTrail reports it.
   */
  @Column({ type: 'char', length: 64, select: false, insert: false })
  hash: string;

  /** The writing transaction, so the commit-time check can find this transaction's events. */
  @Column({ type: 'bigint', default: () => 'txid_current()', select: false, insert: false })
  txId: string;
}
