import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { FOLLOW_UP_TYPES, type FollowUpType } from '@berth/domain';
import { CustomerEntity } from '../customers/customer.entity';
import { UserEntity } from '../org/user.entity';

/** A call, visit, meeting, email, WeChat or note on a customer's timeline. */
@Entity('follow_ups')
@Index('idx_follow_ups_customer_occurred', ['customerId', 'occurredAt'])
@Index('idx_follow_ups_author_occurred', { synchronize: false }) // (author_id, occurred_at) INCLUDE (customer_id, counted), in a migration: the Team page's latest and recent follow-ups of a rep
export class FollowUpEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: FOLLOW_UP_TYPES, enumName: 'follow_up_type' })
  type: FollowUpType;

  @Column({ type: 'text' })
  content: string;

  /** When the contact happened (never after it was logged). */
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  nextStep: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindAt: Date | null;

  /** Whether the policy counted it (type and length) when it was logged: it extended protection. */
  @Column({ type: 'boolean' })
  counted: boolean;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
