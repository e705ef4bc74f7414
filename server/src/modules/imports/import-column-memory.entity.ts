import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { ImportField } from '@berth/domain';
import { UserEntity } from '../org/user.entity';

/**
 * What a user mapped a header to when it differed from Berth's guess ("Booth" → tags, or a
 * "Phone" column not imported): their next file with that header is mapped the same way.
 */
@Entity('import_column_memory')
export class ImportColumnMemoryEntity {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The header as `normalizeHeader` leaves it. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  header: string;

  /** Null: the user does not import this column. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  field: ImportField | null;
}
