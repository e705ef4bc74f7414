import type { DataSource } from 'typeorm';
import {
  canSeeImport,
  IMPORT_UNDO_WINDOW_HOURS,
  importPace,
  undoRefusal,
  type ImportOutcome,
  type ImportRowClass,
  type ImportStatus,
  type ImportUndoResult,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { ImportJobRow, ImportRepository } from './import.repository';
import type { ImportRowEntity } from './import-row.entity';
import { importNotFound } from './import.service';

/** Rows a result file reads per query. */
const RESULT_PAGE = 1000;

/** How many imports a list shows. */
const LIST_LIMIT = 50;

/**
 * What the viewer may read of imports: one or the recent ones, their rows page by page or whole
 * for a result file, and what the server's clock says of them (the undo's deadline, the write's
 * pace). ImportService changes imports; this only reads.
 */
export class ImportReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly clock: Clock,
  ) {}

  /** A page of an import's checked rows (one class, one outcome, a set of undo results, or all), in file order. */
  async rows(viewer: Viewer, id: number, opts: { class: ImportRowClass | null; outcome: ImportOutcome | null; undo: readonly ImportUndoResult[] | null; afterRow: number; limit: number }) {
    await this.job(viewer, id);
    return this.imports.rows(this.dataSource.manager, id, opts);
  }

  /** The import and every checked row in file order, read a page at a time as a result file is written. */
  async result(viewer: Viewer, id: number): Promise<{ job: ImportJobRow; rows: AsyncIterable<ImportRowEntity> }> {
    const job = await this.job(viewer, id);
    const { dataSource, imports } = this;
    async function* rows() {
      for (let afterRow = 0; ; ) {
        const page = await imports.rows(dataSource.manager, id, { class: null, afterRow, limit: RESULT_PAGE });
        yield* page;
        if (page.length < RESULT_PAGE) return;
        afterRow = page[page.length - 1].rowNumber;
      }
    }
    return { job, rows: rows() };
  }

  /**
   * Until when the viewer may undo this import, by the server's clock (the browser's may be off):
   * null when they may not (not the uploader or an admin) or it cannot be undone now.
   */
  undoableUntil(viewer: Viewer, job: ImportJobRow): Date | null {
    if (job.createdById !== viewer.userId && viewer.role !== 'ADMIN') return null;
    if (undoRefusal({ status: job.status, finishedAt: job.finishedAt, createdRows: job.outcomeCounts.CREATED ?? 0 }, this.clock.now())) return null;
    return new Date(job.finishedAt!.getTime() + IMPORT_UNDO_WINDOW_HOURS * 3_600_000);
  }

  /** A write's pace now, by the server's clock (the browser's may be off); null unless it is being written and has written a row. */
  pace(job: { status: ImportStatus; doneRows: number; totalRows: number; importStartedAt: Date | null }) {
    return job.status === 'IMPORTING' ? importPace(job, this.clock.now()) : null;
  }

  /** One import, if the viewer may see it (theirs, or, for a manager, their team's). */
  async job(viewer: Viewer, id: number): Promise<ImportJobRow> {
    const job = await this.imports.find(this.dataSource.manager, id);
    if (!job || !canSeeImport(viewer, job)) throw importNotFound();
    return job;
  }

  jobs(viewer: Viewer): Promise<ImportJobRow[]> {
    return this.imports.visibleTo(this.dataSource.manager, viewer, LIST_LIMIT);
  }
}
