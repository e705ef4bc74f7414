import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../org/user.entity';

/**
 * Claims per rep per calendar day (team time zone). Its row is also the lock that serialises
 * one rep's claims, so the daily limit and the holding cap hold under any concurrency.
 */
@Entity('claim_counters')
export class ClaimCounterEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** YYYY-MM-DD in the team's time zone. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'int' })
  claims: number;
}
