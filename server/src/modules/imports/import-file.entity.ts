import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ImportJobEntity } from './import-job.entity';

/** An import's uploaded file, byte for byte (at most 20 MB): every step of the job reads it from here. */
@Entity('import_files')
export class ImportFileEntity {
  @PrimaryColumn({ type: 'int' })
  jobId: number;

  @OneToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Relation<ImportJobEntity>;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}
