import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins counted per key (an account's normalised email, or a client address) in a
 * fixed window, shared by every instance. Only a SHA-256 of the key is stored: people type
 * passwords into the email field, and addresses are personal data.
 */
@Entity('login_throttles')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  keyHash: string;

  /** Failures in the current window (attempts being checked count until they succeed). */
  @Column({ type: 'int' })
  failures: number;

  @Index('idx_login_throttles_window')
  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;
}
