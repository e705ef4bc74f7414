import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { PoolPolicy } from '@berth/domain';
import { UserEntity } from '../org/user.entity';

/**
 * One saved edit of the pool policy, kept forever: who changed it, when, and the whole policy
 * before and after, so any past rule can be explained ("why was this customer recycled?").
 */
@Entity('pool_policy_versions')
export class PoolPolicyVersionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** 1, 2, 3… in save order; unique, so two admins saving at once cannot both become version n. */
  @Column({ type: 'int', unique: true })
  version: number;

  @Column({ type: 'int', nullable: true })
  changedById: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  changedAt: Date;

  /** The policy in force before this edit; for version 1, the built-in defaults. */
  @Column({ type: 'jsonb' })
  before: PoolPolicy;

  @Column({ type: 'jsonb' })
  after: PoolPolicy;
}
