import type { DataSource, EntityManager } from 'typeorm';
import {
  BerthError,
  cardFromRow,
  classifyImportRow,
  duplicateKeysOf,
  emptyClassCounts,
  fieldProblem,
  fileKeysOf,
  validateDuplicateKeys,
  type DuplicateKeys,
  type ImportCard,
  type ImportClassCounts,
  type Viewer,
} from '@berth/domain';
import type { Clock } from '../../clock';
import type { DuplicateCheckService } from '../duplicates/duplicate-check.service';
import { isBlankRow } from './reading/card-rows';
import { openCardFile } from './reading/card-file';
import { regionKey, type CheckedRow, type ImportJobRow, type ImportRepository } from './import.repository';
import type { ImportProgressNews } from './import-progress-news';
import { SimilarInChunk, type ComparedName } from './similar-in-chunk';

/** Rows the pre-check classifies in one job (one transaction). */
const CHECK_CHUNK = 200;
/** Rows written per statement while the file is read. */
const READ_BATCH = 1000;

/**
 * The pre-check as background jobs on the PostgreSQL queue. First the file is read once into
 * its rows (one transaction: a job killed halfway leaves nothing and runs again); then chunk by
 * chunk each row is classified — invalid, the same company as an earlier row, or judged by the
 * duplicate check exactly as a save would be — and the chunk's classes, the job's counts and the
 * next chunk's job commit together, so a resumed check continues after the last committed chunk.
 */
export class ImportCheckRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly duplicateChecks: DuplicateCheckService,
    private readonly phoneRegion: string,
    private readonly clock: Clock,
    private readonly progress: ImportProgressNews,
  ) {}

  /**
   * The job's first step: the file's non-blank rows into import_rows, then the first check chunk.
   * A file that turns out unreadable further down (it was read whole at upload, so this means it
   * was damaged in between or a reader limit was met) fails the import with the file's error code
   * instead of retrying a job that cannot succeed.
   */
  async read(jobId: number): Promise<void> {
    try {
      await this.readRows(jobId);
    } catch (error) {
      if (!(error instanceof BerthError) || !error.code.startsWith('FILE_')) throw error;
      await this.dataSource.transaction(async (manager) => {
        const job = await this.imports.find(manager, jobId, { lock: true });
        if (job?.status !== 'CHECKING') return;
        await this.imports.update(manager, jobId, { status: 'FAILED', errorCode: error.code });
        await this.imports.dropFile(manager, jobId);
      });
    }
    await this.progress.announce(jobId);
  }

  private async readRows(jobId: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, jobId, { lock: true });
      if (!job || job.status !== 'CHECKING' || (await this.imports.hasRows(manager, jobId))) return;
      const bytes = await this.imports.fileOf(manager, jobId);
      if (!bytes) throw new Error(`import ${jobId} has no file`);
      const opened = await openCardFile(bytes);
      let batch: { rowNumber: number; cells: (string | null)[] }[] = [];
      for await (const row of opened.rows) {
        if (isBlankRow(row.cells)) continue;
        batch.push({ rowNumber: row.rowNumber, cells: row.cells.slice(0, opened.headers.length) });
        if (batch.length === READ_BATCH) {
          await this.imports.insertRows(manager, jobId, batch);
          batch = [];
        }
      }
      await this.imports.insertRows(manager, jobId, batch);
      await this.imports.enqueue(manager, 'import_check', jobId);
    });
  }

  /** One chunk of the pre-check; false once every row is classified (the job is then CHECKED). */
  async checkChunk(jobId: number): Promise<boolean> {
    const more = await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, jobId, { lock: true });
      if (!job || job.status !== 'CHECKING') return false;
      const rows = await this.imports.uncheckedRows(manager, jobId, CHECK_CHUNK);
      if (!rows.length) {
        await this.imports.update(manager, jobId, { status: 'CHECKED', checkedAt: this.clock.now() });
        return false;
      }
      const uploader = await this.imports.viewerOf(manager, job.createdById);
      if (!uploader) throw new BerthError('BROKEN_INVARIANT', `The uploader of import ${jobId} is gone.`);
      const checks = await this.classify(manager, job, uploader, rows);
      await this.imports.saveChecks(manager, jobId, checks);
      await this.imports.update(manager, jobId, { checkedRows: job.checkedRows + checks.length, classCounts: added(job.classCounts, checks) });
      await this.imports.enqueue(manager, 'import_check', jobId);
      return true;
    });
    await this.progress.announce(jobId);
    return more;
  }

  private async classify(manager: EntityManager, job: ImportJobRow, uploader: Viewer, rows: { rowNumber: number; cells: (string | null)[] }[]): Promise<CheckedRow[]> {
    const today = this.clock.now().toISOString().slice(0, 10);
    const regions = await this.imports.regionsByName(manager);
    const read = rows.map((row) => {
      const { card, problems } = cardFromRow(row.cells, job.mapping, today);
      // A region Berth does not know is named as wrong, never dropped: the user maps the column elsewhere or fixes the file.
      if (card.region !== null && !regions.has(regionKey(card.region))) problems.push(fieldProblem('region', 'UNKNOWN_REGION'));
      const keys = problems.length ? null : duplicateKeysOf(keySourceOf(card), { defaultRegion: this.phoneRegion });
      const keyProblems = keys ? validateDuplicateKeys(keys, keySourceOf(card)) : [];
      return { rowNumber: row.rowNumber, problems: [...problems, ...keyProblems], keys: keyProblems.length ? null : keys };
    });
    const allKeys = [...new Set(read.flatMap((r) => (r.keys ? fileKeysOf(r.keys) : [])))];
    const earlierInFile = await this.imports.firstRowsWithKeys(manager, job.id, allKeys, read[0].rowNumber);
    // Every valid row judged at once (a row that turns out to repeat an earlier one of this chunk is judged needlessly, and cheaply).
    const judgedRows = read.flatMap((r) => (r.keys ? [r] : []));
    const judgements = new Map((await this.duplicateChecks.assessMany(manager, uploader, judgedRows.map((r) => r.keys!))).map((j, i) => [judgedRows[i].rowNumber, j]));
    const names = await this.namesOf(manager, judgedRows);
    const similarEarlier = await this.similarEarlier(manager, job.id, names);
    const checks: CheckedRow[] = [];
    const inChunk = new SimilarInChunk([...names.values()].find((n) => n.threshold !== null)?.threshold ?? null);
    for (const row of read) {
      const fileKeys = row.keys ? fileKeysOf(row.keys) : [];
      const name = names.get(row.rowNumber) ?? null;
      const earlier = fileKeys.map((k) => earlierInFile.get(k)).filter((n): n is number => n !== undefined);
      const similar = similarEarlier.get(row.rowNumber) ?? (name ? inChunk.find(name) : null);
      if (similar !== null) earlier.push(similar);
      const earlierRow = earlier.length ? Math.min(...earlier) : null;
      const judged = row.keys && earlierRow === null ? (judgements.get(row.rowNumber) ?? null) : null;
      const best = judged?.matches[0] ?? null;
      const rowClass = classifyImportRow({ problems: row.problems, earlierRow, match: judged ? { verdict: judged.verdict, owned: best?.ownerId != null } : null });
      // This chunk's rows stand for their companies before the next rows of the same chunk.
      for (const key of fileKeys) if (!earlierInFile.has(key)) earlierInFile.set(key, row.rowNumber);
      if (name) inChunk.add(row.rowNumber, name, earlierRow ?? row.rowNumber);
      checks.push({
        rowNumber: row.rowNumber,
        class: rowClass,
        problems: row.problems,
        fileKeys,
        earlierRow,
        match: rowClass === 'MATCHES_POOL' || rowClass === 'MATCHES_OWNED' ? best : null,
        name: name ? { key: name.key, core: name.core } : null,
      });
    }
    return checks;
  }

  /** Each valid row's name as the duplicate check compares it (its key and searched core), with the rule's threshold (null when similar names are off). */
  private async namesOf(manager: EntityManager, rows: readonly { rowNumber: number; keys: DuplicateKeys | null }[]): Promise<Map<number, RowName>> {
    const search = await this.duplicateChecks.nameSearch(manager, rows.map((r) => r.keys!));
    const names = new Map<number, RowName>();
    rows.forEach((r, i) => {
      if (r.keys!.name) names.set(r.rowNumber, { key: r.keys!.name, core: search.cores[i], threshold: search.threshold });
    });
    return names;
  }

  /** For each row, an earlier row of the file (checked in an earlier chunk) with a similar name. */
  private similarEarlier(manager: EntityManager, jobId: number, names: ReadonlyMap<number, RowName>): Promise<Map<number, number>> {
    const searched = [...names].filter(([, n]) => n.threshold !== null).map(([rowNumber, n]) => ({ rowNumber, key: n.key, core: n.core }));
    const threshold = [...names.values()].find((n) => n.threshold !== null)?.threshold ?? null;
    if (threshold === null) return Promise.resolve(new Map());
    return this.imports.similarEarlierRows(manager, jobId, searched, threshold);
  }
}

/** A row's name as the duplicate check compares names, with the similar-name rule's threshold (null when similar names are off). */
interface RowName extends ComparedName {
  threshold: number | null;
}

/** The fields of a card a duplicate check reads, as a save of it would. */
function keySourceOf(card: ImportCard) {
  return { companyName: card.companyName ?? '', website: card.website, email: card.email, phone: card.phone };
}

function added(counts: Partial<ImportClassCounts>, checks: readonly CheckedRow[]): ImportClassCounts {
  const out = { ...emptyClassCounts(), ...counts };
  for (const c of checks) out[c.class] += 1;
  return out;
}
