import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { COLLABORATOR_ACCESS, type CollaboratorAccess } from '@berth/domain';
import { UserEntity } from '../org/user.entity';
import { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';

/**
 * A colleague given access to someone else's customer (read-only or read-write), optionally until
 * an expiry that every read checks. Never an owner: nothing that moves customers reads this table,
 * and holdings count ownership only.
 */
@Entity('customer_collaborators')
@Index('idx_customer_collaborators_user', ['userId', 'customerId'])
export class CollaboratorEntity {
  @PrimaryColumn({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerOwnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  ownership?: Relation<CustomerOwnershipEntity>;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: COLLABORATOR_ACCESS, enumName: 'collaborator_access' })
  access: CollaboratorAccess;

  /** Access ends at this instant; null = until removed. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'int' })
  grantedById: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by_id' })
  grantedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  grantedAt: Date;
}
