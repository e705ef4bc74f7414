import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CUSTOMER_STATUSES, type CustomerStatus } from '@berth/domain';
import { UserEntity } from '../org/user.entity';
import { RegionEntity } from '../org/region.entity';
import { TierEntity } from './tier.entity';
import { ContactEntity } from './contact.entity';

@Entity('customers')
@Check('chk_customers_owned_since', '(owner_id IS NULL) = (owned_since IS NULL)')
@Index('idx_customers_owner_name', ['ownerId', 'companyName', 'id'])
@Index('idx_customers_tags', { synchronize: false }) // GIN (tags), created in the migration
@Index('idx_customers_name_core_trgm', { synchronize: false }) // GIN (name_core gin_trgm_ops), created in the migration
@Index('idx_customers_due', { synchronize: false }) // (protected_until, id) WHERE owned and not locked: the recycle sweep's, in a migration
export class CustomerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  companyName: string;

  /**
   * normalizeCompanyName(companyName): the exact-name key, and what similarity scores compare
   * (legal forms stripped, so "Ltd" and "GmbH" do not make every name look alike).
   */
  @Index('idx_customers_name_key')
  @Column({ type: 'varchar', length: 200, default: '' })
  nameKey: string;

  /** distinctiveNameOf(nameKey): the name without place and industry words; similar-name candidates come from its trigrams. */
  @Column({ type: 'varchar', length: 200, default: '' })
  nameCore: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Index('idx_customers_industry')
  @Column({ type: 'varchar', length: 80, nullable: true })
  industry: string | null;

  @Index('idx_customers_region')
  @Column({ type: 'int', nullable: true })
  regionId: number | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Relation<RegionEntity> | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  source: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Index('idx_customers_tier')
  @Column({ type: 'varchar', length: 16 })
  tierCode: string;

  @ManyToOne(() => TierEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'tier_code' })
  tier?: Relation<TierEntity>;

  @Column({ type: 'enum', enum: CUSTOMER_STATUSES, enumName: 'customer_status', default: 'NEW' })
  status: CustomerStatus;

  /** The one rep the customer belongs to; NULL = in the public pool. One column: two owners cannot exist. */
  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  ownedSince: Date | null;

  /** Locked customers are never recycled (an admin decision, e.g. a strategic account). */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  /** Until when nobody else may take the customer; NULL while it is in the pool. */
  @Index('idx_customers_protected_until')
  @Column({ type: 'timestamptz', nullable: true })
  protectedUntil: Date | null;

  /** The protection end the owner was last reminded of: one reminder per period, guarded by a conditional update. */
  @Column({ type: 'timestamptz', nullable: true })
  remindedFor: Date | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Index('idx_customers_updated_at')
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => ContactEntity, (c) => c.customer)
  contacts?: ContactEntity[];
}
