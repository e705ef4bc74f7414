import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../org/user.entity';
import { ClashEntity } from '../duplicates/clash.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { ImportJobEntity } from '../imports/import-job.entity';

/**
 * CLASH: someone tried to enter a customer the recipient owns or watches. REMINDER: a protection
 * is about to end. ASSIGNED: a manager gave the recipient customers. REASSIGNED: a manager moved
 * customers of the recipient's to someone else. RELEASED: a manager put customers of the recipient's
 * back in the pool. IMPORT: an import of the recipient's is being written, ended, or was undone.
 */
export const NOTIFICATION_KINDS = ['CLASH', 'REMINDER', 'ASSIGNED', 'REASSIGNED', 'RELEASED', 'IMPORT'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Something a user should see in their notifications panel; `readAt` NULL = unread.
 * A CLASH notification stands for a run of attempts by one person on one customer: a later
 * attempt within the grouping window joins it (count, latest attempt) instead of adding another.
 */
@Entity('notifications')
@Index('idx_notifications_user_latest', { synchronize: false }) // (user_id, COALESCE(latest_at, created_at)), in the migration
@Index('idx_notifications_unread', { synchronize: false }) // partial: WHERE read_at IS NULL, in the migration
@Index('uq_notifications_reminder_period', { synchronize: false }) // partial unique: one reminder per customer and period end
@Index('uq_notifications_clash_group', { synchronize: false }) // partial unique: one open group per recipient, customer and person
@Index('uq_notifications_import', { synchronize: false }) // partial unique: one notification per import
@Index('uq_notifications_batch', { synchronize: false }) // partial unique: one ASSIGNED / REASSIGNED notification per recipient and batch
export class NotificationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'int', nullable: true })
  clashId: number | null;

  @ManyToOne(() => ClashEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clash_id' })
  clash?: Relation<ClashEntity> | null;

  /** REMINDER: the customer whose protection is about to end. CLASH: the customer tried. */
  @Column({ type: 'int', nullable: true })
  customerId: number | null;

  @ManyToOne(() => CustomerEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity> | null;

  /** REMINDER: the protection end it warned about (a later follow-up may have moved it since). */
  @Column({ type: 'timestamptz', nullable: true })
  protectionEnd: Date | null;

  /** CLASH: who tried (never the recipient). */
  @Column({ type: 'int', nullable: true })
  attemptedById: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempted_by_id' })
  attemptedBy?: Relation<UserEntity> | null;

  /** CLASH: how many attempts this notification stands for; `clashId` is the latest of them. */
  @Column({ type: 'int', default: 1 })
  attemptCount: number;

  /** CLASH: while true, a later attempt by the same person on the same customer joins this one. */
  @Column({ type: 'boolean', default: false })
  groupsAttempts: boolean;

  /** ASSIGNED / REASSIGNED / RELEASED: the manager who moved the customers. */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity> | null;

  /** ASSIGNED / REASSIGNED / RELEASED: one batch's moves are one notification per person, counted. */
  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;

  /** ASSIGNED / REASSIGNED / RELEASED: how many customers moved; `customerId` is the first of them. */
  @Column({ type: 'int', default: 1 })
  customerCount: number;

  /** REASSIGNED: who received them, while it is one person (null once they went to several). */
  @Column({ type: 'int', nullable: true })
  receiverId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'receiver_id' })
  receiver?: Relation<UserEntity> | null;

  /** IMPORT: the import it follows. */
  @Column({ type: 'int', nullable: true })
  importJobId: number | null;

  @ManyToOne(() => ImportJobEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_job_id' })
  importJob?: Relation<ImportJobEntity> | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** The latest activity it stands for (CLASH: the latest attempt); NULL = `createdAt`. Lists sort by it. */
  @Column({ type: 'timestamptz', nullable: true })
  latestAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
