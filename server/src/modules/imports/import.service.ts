import type { DataSource } from 'typeorm';
import { BerthError, canSeeImport, guessColumns, IMPORT_LIMITS, IMPORT_SAMPLE_ROWS, type Viewer } from '@berth/domain';
import type { Clock } from '../../clock';
import { isBlankRow } from './reading/card-rows';
import { openCardFile } from './reading/card-file';
import type { ImportJobRow, ImportRepository } from './import.repository';

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
