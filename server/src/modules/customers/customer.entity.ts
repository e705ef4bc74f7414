import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CUSTOMER_STATUSES, type CustomerStatus } from '@berth/domain';
import { UserEntity } from '../org/user.entity';
import { RegionEntity } from '../org/region.entity';
import { TierEntity } from './tier.entity';
import { ContactEntity } from './contact.entity';
import { CustomerOwnershipEntity } from '../ownership/customer-ownership.entity';

@Entity('customers')
@Index('idx_customers_company_name', ['companyName', 'id'])
// The default list order, newest change first with the id as tie-break: a page walks the index
// and stops after `first` rows in scope instead of sorting everything the viewer may see.
@Index('idx_customers_updated_at_id', ['updatedAt', 'id'])
@Index('idx_customers_tags', { synchronize: false }) // GIN (tags), created in the migration
@Index('idx_customers_name_variants', { synchronize: false }) // GIN (berth_name_variants(name_core)), created in the migration
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

  /** distinctiveNameOf(nameKey) without words common at write time: similar-name candidates come from its words' variants (berth_name_variants). */
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

  /**
   * Owner, protection and lock live in their own narrow row (see CustomerOwnershipEntity). Loaded
   * with every customer: `find*` eagerly, query builders through CustomerRepository's join.
   */
  @OneToOne(() => CustomerOwnershipEntity, (o) => o.customer, { eager: true })
  ownership: Relation<CustomerOwnershipEntity>;

  /** NULL = in the public pool. */
  get ownerId(): number | null {
    return this.standing().ownerId;
  }

  get ownedSince(): Date | null {
    return this.standing().ownedSince;
  }

  get protectedUntil(): Date | null {
    return this.standing().protectedUntil;
  }

  get locked(): boolean {
    return this.standing().locked;
  }

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => ContactEntity, (c) => c.customer)
  contacts?: ContactEntity[];

  /** A customer read without its ownership row would look like a pool customer: fail loudly instead. */
  private standing(): CustomerOwnershipEntity {
    if (!this.ownership) throw new Error(`customer ${this.id} was read without its ownership row`);
    return this.ownership;
  }
}
