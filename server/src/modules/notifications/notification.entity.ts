import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../org/user.entity';
import { ClashEntity } from '../duplicates/clash.entity';
import { CustomerEntity } from '../customers/customer.entity';

export const NOTIFICATION_KINDS = ['CLASH', 'REMINDER'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Something a user should see in their notifications panel; `readAt` NULL = unread. */
@Entity('notifications')
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
@Index('idx_notifications_unread', { synchronize: false }) // partial: WHERE read_at IS NULL, in the migration
@Index('uq_notifications_reminder_period', { synchronize: false }) // partial unique: one reminder per customer and period end
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

  /** REMINDER: the customer whose protection is about to end. */
  @Column({ type: 'int', nullable: true })
  customerId: number | null;

  @ManyToOne(() => CustomerEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity> | null;

  /** REMINDER: the protection end it warned about (a later follow-up may have moved it since). */
  @Column({ type: 'timestamptz', nullable: true })
  protectionEnd: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
