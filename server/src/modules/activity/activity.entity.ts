import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ACTIVITY_ACTIONS, ACTIVITY_SUBJECTS, type ActivityAction, type ActivitySubject } from '@berth/domain';
import { UserEntity } from '../org/user.entity';
import { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';

/**
 * Every change to a customer's record, contacts, follow-ups and collaborators: which field, its
 * value before and after, who, when, through which action. Appended in the transaction of the
 * change; never updated. Owner changes are the ownership trail's (ownership_events), which the
 * activity log reads beside these rows.
 */
@Entity('customer_activity')
@Index('idx_customer_activity_customer', ['customerId', 'occurredAt'])
export class ActivityEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerOwnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  ownership?: Relation<CustomerOwnershipEntity>;

  @Column({ type: 'enum', enum: ACTIVITY_SUBJECTS, enumName: 'activity_subject' })
  subject: ActivitySubject;

  /** The contact, follow-up or collaborator (user) concerned; null for the customer itself. */
  @Column({ type: 'int', nullable: true })
  subjectId: number | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  field: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'enum', enum: ACTIVITY_ACTIONS, enumName: 'activity_action' })
  action: ActivityAction;

  /** Who did it; null = the system. */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
