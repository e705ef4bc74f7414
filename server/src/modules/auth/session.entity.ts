import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../org/user.entity';

/** A signed-in session. Only the SHA-256 of the token is stored, so a database leak yields no usable tokens. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('idx_sessions_user')
  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
