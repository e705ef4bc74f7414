import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CustomerEntity } from './customer.entity';

/** A person at a customer: buyer, decision maker, engineer… each with their own phones and emails. */
@Entity('contacts')
export class ContactEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('idx_contacts_customer')
  @Column({ type: 'int' })
  customerId: number;

  @ManyToOne(() => CustomerEntity, (c) => c.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  /** A calendar date, kept as 'YYYY-MM-DD' text by the driver so no time zone shifts it. */
  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
