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
  emptyOutcomeCounts,
  importDestinationProblems,
  receiverProblem,
  undoRefusal,
  type ColumnMapping,
  type ImportChoices,
  type ImportDestination,
  type ImportStatus,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import { isBlankRow } from './reading/card-rows';
import { openCardFile } from './reading/card-file';
import type { ImportJobRow, ImportRepository } from './import.repository';
import type { ImportProgressNews } from './import-progress-news';
import type { ImportWriteRepository } from './import-write.repository';
import type { ImportNotices } from './import-notices';
import type { AssignRepository } from '../pool/assign.repository';

/** Where an import may still be cancelled: nothing of it is written yet, or it is being written (the rest of its rows are then left out). */
const CANCELLABLE: readonly ImportStatus[] = [...OPEN_IMPORT_STATUSES, 'IMPORTING'];

/**
 * Imports of card files. An upload reads the whole file once — refusing it as a whole when it
 * cannot be an import (type, size, password, damage, no cards, too many rows) — and keeps it
 * with its header, its first rows and the columns guessed for this user.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly writes: ImportWriteRepository,
    private readonly people: AssignRepository,
    private readonly clock: Clock,
    private readonly progress: ImportProgressNews,
    private readonly notices: ImportNotices,
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
      if (!job || !canSeeImport(viewer, job)) throw importNotFound();
      if (job.createdById !== viewer.userId) throw new BerthError('FORBIDDEN', 'Only the person who uploaded a file imports it.');
      if (job.status !== 'UPLOADED') throw new BerthError('IMPORT_ALREADY_STARTED');
      const source = cleanText(input.source) ?? null;
      const problems = columnMappingProblems(input.mapping, job.headers.length);
      if (source !== null && source.length > IMPORT_LIMITS.maxSourceLength) problems.push(fieldProblem('source', 'TOO_LONG', { max: IMPORT_LIMITS.maxSourceLength }));
      if (problems.length) throw BerthError.badInput(problems);
      const mapping = job.headers.map((_, i) => input.mapping[i] ?? null);
      await this.imports.remember(manager, viewer.userId, mappingToRemember(job.headers, mapping));
      await this.imports.update(manager, id, { mapping, source, status: 'CHECKING', checkStartedAt: this.clock.now() });
      await this.imports.enqueue(manager, 'import_read', id);
    });
    await this.progress.announce(id);
    return (await this.imports.find(this.dataSource.manager, id))!;
  }

  /**
   * The go-ahead, once every row is checked: what to do with each class of row and where the new
   * customers go. A rep imports to themselves; a manager or admin to the pool, one rep or a spread
   * over reps of their team who can hold customers (whether each has room is decided row by row
   * as the write reaches it). The write runs in the background; importProgress follows it.
   */
  async commit(viewer: Viewer, id: number, input: { choices: ImportChoices; destination: ImportDestination }): Promise<ImportJobRow> {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, id, { lock: true });
      if (!job || !canSeeImport(viewer, job)) throw importNotFound();
      if (job.createdById !== viewer.userId) throw new BerthError('FORBIDDEN', 'Only the person who uploaded a file imports it.');
      if (job.status === 'UPLOADED' || job.status === 'CHECKING') throw new BerthError('IMPORT_NOT_CHECKED');
      if (job.status !== 'CHECKED') throw new BerthError('IMPORT_ALREADY_STARTED', 'This import has already been written or stopped.');
      const problems = importDestinationProblems(viewer, input.destination);
      if (!problems.length && viewer.role !== 'REP') {
        const found = new Map((await this.people.assignees(manager, input.destination.userIds)).map((p) => [p.userId, p]));
        for (const userId of input.destination.userIds) {
          const problem = receiverProblem(viewer, userId, found.get(userId), 'destination.userIds');
          if (problem) problems.push(problem);
        }
      }
      if (problems.length) throw BerthError.badInput(problems);
      await this.imports.update(manager, id, {
        status: 'IMPORTING',
        choices: input.choices,
        destination: { ...input.destination, strategy: input.destination.kind === 'SPREAD' ? input.destination.strategy : null },
        importStartedAt: this.clock.now(),
      });
      await this.notices.file(manager, job, this.clock.now());
      await this.imports.enqueue(manager, 'import_write', id);
    });
    this.notices.announce(viewer.userId);
    await this.progress.announce(id);
    return (await this.imports.find(this.dataSource.manager, id))!;
  }

  /**
   * Stops an import: the uploader (or an admin) cancels it while it waits for its mapping, is
   * being checked, waits for the go-ahead, or is being written — then what is written stays, and
   * every row not reached yet ends CANCELLED. A chunk running at that moment finishes first (both
   * hold the job's row), and no further chunk starts.
   */
  async cancel(viewer: Viewer, id: number): Promise<ImportJobRow> {
    const stoppedWriting = await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, id, { lock: true });
      if (!job || !canSeeImport(viewer, job)) throw importNotFound();
      if (job.createdById !== viewer.userId && viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN', 'Only the person who uploaded a file cancels its import.');
      if (!CANCELLABLE.includes(job.status)) throw new BerthError('IMPORT_ALREADY_STARTED', 'This import can no longer be cancelled.');
      if (job.status === 'IMPORTING') {
        const left = await this.writes.cancelUnwritten(manager, id);
        const outcomeCounts = { ...emptyOutcomeCounts(), ...job.outcomeCounts };
        outcomeCounts.CANCELLED += left;
        await this.imports.update(manager, id, { status: 'CANCELLED', doneRows: job.doneRows + left, outcomeCounts, finishedAt: this.clock.now() });
        await this.notices.file(manager, job, this.clock.now());
      } else {
        await this.imports.update(manager, id, { status: 'CANCELLED' });
      }
      await this.imports.dropFile(manager, id);
      return job.status === 'IMPORTING' ? job.createdById : null;
    });
    if (stoppedWriting !== null) this.notices.announce(stoppedWriting);
    await this.progress.announce(id);
    return (await this.imports.find(this.dataSource.manager, id))!;
  }

  /**
   * Takes an import back within 24 hours of its end (the uploader or an admin): in the background,
   * every customer it created that nobody has claimed, been given, followed up or changed since is
   * removed; the others are kept, each row saying why.
   */
  async undo(viewer: Viewer, id: number): Promise<ImportJobRow> {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, id, { lock: true });
      if (!job || !canSeeImport(viewer, job)) throw importNotFound();
      if (job.createdById !== viewer.userId && viewer.role !== 'ADMIN') throw new BerthError('FORBIDDEN', 'Only the person who imported a file, or an admin, undoes it.');
      const refusal = undoRefusal({ status: job.status, finishedAt: job.finishedAt, createdRows: job.outcomeCounts.CREATED ?? 0 }, this.clock.now());
      if (refusal) throw new BerthError(refusal);
      await this.imports.update(manager, id, { status: 'UNDOING' });
      await this.imports.enqueue(manager, 'import_undo', id);
    });
    await this.progress.announce(id);
    return (await this.imports.find(this.dataSource.manager, id))!;
  }
}

/** The name a browser sent, without any path, control characters or excess length; "import" when it sent none. */
function fileNameOf(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 255);
  return clean || 'import';
}

export const importNotFound = () => new BerthError('NOT_FOUND', 'Import not found.');
