import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { FieldProblem, ImportOutcome, ImportOutcomeReason, ImportRowClass, ImportUndoResult } from '@berth/domain';
import type { DuplicateMatchView } from '../duplicates/duplicate-result';
import { ImportJobEntity } from './import-job.entity';

/**
 * One non-blank row of an import's file, by the row number the user sees: its cells as read, then
 * what the pre-check made of it (class, problems, the earlier row of the same company, the match
 * as a clash would show it to the uploader).
 */
@Entity('import_rows')
@Index('idx_import_rows_unchecked', { synchronize: false }) // (job_id, row_number) WHERE class IS NULL, in the migration
@Index('idx_import_rows_unwritten', { synchronize: false }) // (job_id, row_number) WHERE outcome IS NULL, in the migration
@Index('idx_import_rows_undo_pending', { synchronize: false }) // (job_id, row_number) WHERE outcome = 'CREATED' AND undo IS NULL, in the migration
@Index('idx_import_rows_name_variants', { synchronize: false }) // GIN (berth_name_variants(name_core)) WHERE class IS NOT NULL, in the migration
@Index('idx_import_rows_file_keys', { synchronize: false }) // GIN (file_keys) WHERE class IS NOT NULL, in the migration
export class ImportRowEntity {
  @PrimaryColumn({ type: 'int' })
  jobId: number;

  @ManyToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Relation<ImportJobEntity>;

  @PrimaryColumn({ type: 'int' })
  rowNumber: number;

  @Column({ type: 'jsonb' })
  cells: (string | null)[];

  /**
   * Whether the row was judged against Berth on its own (problems, keys, names, match): workers
   * judge rows ahead of the classifying, which follows in file order.
   */
  @Column({ type: 'boolean', default: false })
  judged: boolean;

  /** Null until the pre-check classifies the row. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  class: ImportRowClass | null;

  @Column({ type: 'jsonb', nullable: true })
  problems: FieldProblem[] | null;

  /** The keys that make two rows of the file one company (`fileKeysOf`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fileKeys: string[];

  /** The row's normalised name and its searched core (as the duplicate check compares names), once checked. */
  @Column({ type: 'text', nullable: true })
  nameKey: string | null;

  @Column({ type: 'text', nullable: true })
  nameCore: string | null;

  /** DUPLICATE_IN_FILE: the first row of the same company. */
  @Column({ type: 'int', nullable: true })
  earlierRow: number | null;

  /** MATCHES_POOL / MATCHES_OWNED: the best match, as the uploader may see it (any judged row's, until it is classified). */
  @Column({ type: 'jsonb', nullable: true })
  match: DuplicateMatchView | null;

  /** Null until the write reaches the row. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  outcome: ImportOutcome | null;

  /** Why, when the row was not simply written. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  outcomeReason: ImportOutcomeReason | null;

  /** The customer the row created, filled or added its contact to. */
  @Column({ type: 'int', nullable: true })
  customerId: number | null;

  /** An undo's decision on the customer the row created: removed, or kept and why. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  undo: ImportUndoResult | null;
}
