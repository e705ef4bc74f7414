import type { DataSource } from 'typeorm';
import { TOPICS, type BerthPubSub } from '../../graphql/pubsub';
import type { ImportRepository } from './import.repository';

/** Tells whoever may follow an import where it stands: after it starts and after each committed step. */
export class ImportProgressNews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly pubsub: BerthPubSub,
  ) {}

  async announce(jobId: number): Promise<void> {
    const job = await this.imports.find(this.dataSource.manager, jobId);
    if (!job) return;
    this.pubsub.publish(TOPICS.importProgress, {
      jobId,
      createdById: job.createdById,
      creatorDepartmentPath: job.creatorDepartmentPath,
      status: job.status,
      totalRows: job.totalRows,
      checkedRows: job.checkedRows,
      classCounts: job.classCounts,
      errorCode: job.errorCode,
      doneRows: job.doneRows,
      outcomeCounts: job.outcomeCounts,
      importStartedAt: job.importStartedAt,
      undoCounts: job.undoCounts,
    });
  }
}
