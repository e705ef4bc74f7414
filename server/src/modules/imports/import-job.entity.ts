import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IMPORT_STATUSES, type ColumnMapping, type ErrorCode, type ImportChoices, type ImportClassCounts, type ImportDestination, type ImportOutcomeCounts, type ImportStatus } from '@berth/domain';
import { UserEntity } from '../org/user.entity';

/**
 * One import of a card file: who uploaded it, what the file holds (its header, a few rows to map
 * by, how many rows), the mapping chosen, and where the import stands. The file itself is kept
 * beside it (import_files) so a job resumed on another instance reads the same bytes.
 */
@Entity('import_jobs')
@Index('idx_import_jobs_created_by', ['createdById', 'id'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** XLSX or CSV, as read from the bytes. */
  @Column({ type: 'varchar', length: 8 })
  fileKind: string;

  /** The header row's cells, as written. */
  @Column({ type: 'jsonb' })
  headers: string[];

  /** Which field each column fills: guessed at upload, then the user's. */
  @Column({ type: 'jsonb' })
  mapping: ColumnMapping;

  /** The first non-blank rows under the header, to map the columns by. */
  @Column({ type: 'jsonb' })
  sampleRows: (string | null)[][];

  /** Non-blank rows under the header. */
  @Column({ type: 'int' })
  totalRows: number;

  @Column({ type: 'enum', enum: IMPORT_STATUSES, enumName: 'import_status' })
  status: ImportStatus;

  /** The trade show (or other origin) the cards come from: each imported customer's source and a tag. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  source: string | null;

  /** Rows the pre-check has classified so far. */
  @Column({ type: 'int', default: 0 })
  checkedRows: number;

  /** Rows per class so far. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  classCounts: Partial<ImportClassCounts>;

  /** When the pre-check started: the write checks each new row again only against what changed since. */
  @Column({ type: 'timestamptz', nullable: true })
  checkStartedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  /** FAILED: why (an error code, e.g. FILE_UNREADABLE for a file damaged past its first rows). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: ErrorCode | null;

  /** What the user chose per class of row, when they started the write. */
  @Column({ type: 'jsonb', nullable: true })
  choices: ImportChoices | null;

  /** Where the created customers go. */
  @Column({ type: 'jsonb', nullable: true })
  destination: ImportDestination | null;

  /** When the write started (for its rate and time left). */
  @Column({ type: 'timestamptz', nullable: true })
  importStartedAt: Date | null;

  /** When the write ended (DONE) or was cancelled while writing. */
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Rows with an outcome so far. */
  @Column({ type: 'int', default: 0 })
  doneRows: number;

  /** Rows per outcome so far. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  outcomeCounts: Partial<ImportOutcomeCounts>;

  /** A round-robin spread: whose turn is next (an index into the destination's reps), carried from chunk to chunk. */
  @Column({ type: 'int', default: 0 })
  spreadTurn: number;

  /** An undo's customers so far: removed, and kept (each kept row says why). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  undoCounts: { removed?: number; kept?: number };

  /** When an undo finished. */
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}
