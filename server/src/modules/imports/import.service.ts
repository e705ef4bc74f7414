import type { DataSource } from 'typeorm';
import {
  BerthError,
  canSeeImport,
  cleanText,
  columnMappingProblems,
  fieldProblem,
  guessColumns,
  IMPORT_LIMITS,
  IMPORT_SAMPLE_ROWS,
  MAX_OPEN_IMPORTS,
  OPEN_IMPORT_STATUSES,
  mappingToRemember,
  type ColumnMapping,
  type ImportRowClass,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import { isBlankRow } from './reading/card-rows';
import { openCardFile } from './reading/card-file';
import type { ImportJobRow, ImportRepository } from './import.repository';
import type { ImportProgressNews } from './import-progress-news';

/** Where an import may still be cancelled: nothing of it is written yet. */
const CANCELLABLE = OPEN_IMPORT_STATUSES;

/** How many imports a list shows. */
const LIST_LIMIT = 50;

/**
 * Imports of card files. An upload reads the whole file once — refusing it as a whole when it
 * cannot be an import (type, size, password, damage, no cards, too many rows) — and keeps it
 * with its header, its first rows and the columns guessed for this user.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly clock: Clock,
    private readonly progress: ImportProgressNews,
  ) {}

  async upload(viewer: Viewer, file: { fileName: string; bytes: Buffer }): Promise<ImportJobRow> {
    const opened = await openCardFile(file.bytes);
    let totalRows = 0;
    const sampleRows: (string | null)[][] = [];
    for await (const row of opened.rows) {
      if (isBlankRow(row.cells)) continue;
      totalRows += 1;
      if (totalRows > IMPORT_LIMITS.maxRows) throw new BerthError('FILE_TOO_MANY_ROWS');
      if (sampleRows.length < IMPORT_SAMPLE_ROWS) sampleRows.push(row.cells.slice(0, opened.headers.length));
    }
    if (totalRows === 0) throw new BerthError('FILE_HAS_NO_ROWS');
    const id = await this.dataSource.transaction(async (manager) => {
      if ((await this.imports.openImportsOf(manager, viewer.userId)) >= MAX_OPEN_IMPORTS) throw new BerthError('TOO_MANY_OPEN_IMPORTS');
      const mapping = guessColumns(opened.headers, await this.imports.memoryOf(manager, viewer.userId));
      return this.imports.insert(
        manager,
        {
          createdById: viewer.userId,
          createdAt: this.clock.now(),
          fileName: fileNameOf(file.fileName),
          fileKind: opened.kind,
          headers: opened.headers,
          mapping,
          sampleRows,
          totalRows,
          status: 'UPLOADED',
        },
        file.bytes,
      );
    });
    return (await this.imports.find(this.dataSource.manager, id))!;
  }

  /**
   * The uploader confirms the columns (and names the trade show): Berth remembers what they mapped
   * differently from its guess, and the pre-check starts as a background job.
   */
  async start(viewer: Viewer, id: number, input: { mapping: ColumnMapping; source: string | null }): Promise<ImportJobRow> {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, id, { lock: true });
      if (!job || !canSeeImport(viewer, job)) throw new BerthError('NOT_FOUND', 'Import not found.');
      if (job.createdById !== viewer.userId) throw new BerthError('FORBIDDEN', 'Only the person who uploaded a file imports it.');
      if (job.status !== 'UPLOADED') throw new BerthError('IMPORT_ALREADY_STARTED');
      const source = cleanText(input.source) ?? null;
      const problems = columnMappingProblems(input.mapping, job.headers.length);
      if (source !== null && source.length > IMPORT_LIMITS.maxSourceLength) problems.push(fieldProblem('source', 'TOO_LONG', { max: IMPORT_LIMITS.maxSourceLength }));
      if (problems.length) throw BerthError.badInput(problems);
      const mapping = job.headers.map((_, i) => input.mapping[i] ?? null);
      await this.imports.remember(manager, viewer.userId, mappingToRemember(job.headers, mapping));
      await this.imports.update(manager, id, { mapping, source, status: 'CHECKING' });
      await this.imports.enqueue(manager, 'import_read', id);
    });
    await this.progress.announce(id);
    return (await this.imports.find(this.dataSource.manager, id))!;
  }

  /**
   * Stops an import before anything is written: the uploader (or an admin) cancels it while it
   * waits for its mapping, is being checked, or waits for the go-ahead. A check chunk running at
   * that moment finishes first (both hold the job's row), and no further chunk starts.
   */
  async cancel(viewer: Viewer, id: number): Promise<ImportJobRow> {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, id, { lock: true });
      if (!job || !canSeeImport(viewer, job)) throw new BerthError('NOT_FOUND', 'Import not found.');
      if (job.createdById !== viewer.userId && viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN', 'Only the person who uploaded a file cancels its import.');
      if (!CANCELLABLE.includes(job.status)) throw new BerthError('IMPORT_ALREADY_STARTED', 'This import can no longer be cancelled.');
      await this.imports.update(manager, id, { status: 'CANCELLED' });
      await this.imports.dropFile(manager, id);
    });
    await this.progress.announce(id);
    return (await this.imports.find(this.dataSource.manager, id))!;
  }

  /** A page of an import's checked rows (one class, or all), in file order. */
  async rows(viewer: Viewer, id: number, opts: { class: ImportRowClass | null; afterRow: number; limit: number }) {
    await this.job(viewer, id);
    return this.imports.rows(this.dataSource.manager, id, opts);
  }

  /** One import, if the viewer may see it (theirs, or, for a manager, their team's). */
  async job(viewer: Viewer, id: number): Promise<ImportJobRow> {
    const job = await this.imports.find(this.dataSource.manager, id);
    if (!job || !canSeeImport(viewer, job)) {
      throw new BerthError('NOT_FOUND', 'Import not found.');
    }
    return job;
  }

  jobs(viewer: Viewer): Promise<ImportJobRow[]> {
    return this.imports.visibleTo(this.dataSource.manager, viewer, LIST_LIMIT);
  }
}

/** The name a browser sent, without any path, control characters or excess length; "import" when it sent none. */
function fileNameOf(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 255);
  return clean || 'import';
}
