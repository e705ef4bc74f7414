import type { DataSource, EntityManager } from 'typeorm';
import { BerthError, emptyClassCounts, type ImportClassCounts } from '@berth/domain';
import type { Clock } from '../../clock';
import type { DuplicateCheckService } from '../duplicates/duplicate-check.service';
import { isBlankRow } from './reading/card-rows';
import { openCardFile } from './reading/card-file';
import type { CheckedRow, ImportCheckRepository, JudgedRow, UngroupedRow } from './import-check.repository';
import type { ImportJobRow, ImportRepository } from './import.repository';
import type { ImportProgressNews } from './import-progress-news';
import { classifyInFileOrder } from './import-row-grouping';
import type { ImportRowJudge } from './import-row-judge';

/** Rows judged against Berth in one step (one transaction). */
const JUDGE_CHUNK = 200;
/** Rows classified in file order in one step: two judged chunks, so the classifier keeps up with two judging workers. */
const CLASSIFY_CHUNK = 2 * JUDGE_CHUNK;
/** Rows written per statement while the file is read. */
const READ_BATCH = 1000;

/**
 * The pre-check as background jobs on the PostgreSQL queue. First the file is read once into
 * its rows (one transaction: a job killed halfway leaves nothing and runs again). Then two kinds
 * of job share the rows. Judging a row against Berth — its fields, its keys, what a save of it
 * would meet, by the duplicate check exactly as a save is judged — does not depend on the other
 * rows, so it runs in chunks on more than one worker at once, each taking rows nobody else holds
 * (import_judge, and each step of import_check too). Classifying a row does depend on the rows
 * before it (the same company again?), so one chain of import_check steps classifies the judged
 * rows in file order, judging any row no worker has reached, and commits each batch's classes,
 * the job's counts and its next step together: a resumed check continues after the last committed step.
 */
export class ImportCheckRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly checks: ImportCheckRepository,
    private readonly judge: ImportRowJudge,
    private readonly duplicateChecks: DuplicateCheckService,
    private readonly clock: Clock,
    private readonly progress: ImportProgressNews,
  ) {}

  /**
   * The job's first step: the file's non-blank rows into import_rows, then the classifying chain and a judging worker.
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
      if (!job || job.status !== 'CHECKING' || (await this.checks.hasRows(manager, jobId))) return;
      const bytes = await this.imports.fileOf(manager, jobId);
      if (!bytes) throw new Error(`import ${jobId} has no file`);
      const opened = await openCardFile(bytes);
      let batch: { rowNumber: number; cells: (string | null)[] }[] = [];
      for await (const row of opened.rows) {
        if (isBlankRow(row.cells)) continue;
        batch.push({ rowNumber: row.rowNumber, cells: row.cells.slice(0, opened.headers.length) });
        if (batch.length === READ_BATCH) {
          await this.checks.insertRows(manager, jobId, batch);
          batch = [];
        }
      }
      await this.checks.insertRows(manager, jobId, batch);
      await this.imports.enqueue(manager, 'import_check', jobId);
      await this.imports.enqueue(manager, 'import_judge', jobId);
    });
  }

  /**
   * A step of the classifying chain: a chunk judged ahead (if one is free), then the next rows in
   * file order classified; false once every row is classified (the job is then CHECKED).
   */
  async checkChunk(jobId: number): Promise<boolean> {
    await this.judgeFreeRows(jobId);
    const more = await this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, jobId, { lock: true });
      if (!job || job.status !== 'CHECKING') return false;
      const rows = await this.checks.rowsToGroup(manager, jobId, CLASSIFY_CHUNK);
      if (!rows.length) {
        await this.imports.update(manager, jobId, { status: 'CHECKED', checkedAt: this.clock.now() });
        return false;
      }
      const judged = await this.judged(manager, job, rows);
      const { threshold } = await this.duplicateChecks.nameSearch(manager, []);
      const checks = await classifyInFileOrder(manager, this.checks, jobId, judged, threshold);
      await this.checks.saveChecks(manager, jobId, checks);
      await this.imports.update(manager, jobId, { checkedRows: job.checkedRows + checks.length, classCounts: added(job.classCounts, checks) });
      await this.imports.enqueue(manager, 'import_check', jobId);
      return true;
    });
    await this.progress.announce(jobId);
    return more;
  }

  /** A judging worker's step: one chunk of rows nobody holds, then the next step while rows are left to judge; false when none was left. */
  judgeAhead(jobId: number): Promise<boolean> {
    return this.judgeFreeRows(jobId, { thenAgain: true });
  }

  /**
   * Judges the first rows no worker is judging and saves the judgements; false when there were none.
   * The job is read without a lock: the classifying step holds it while it waits for rows judged
   * here, and a row judged for a job cancelled meanwhile is simply never classified.
   */
  private judgeFreeRows(jobId: number, opts: { thenAgain?: boolean } = {}): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const job = await this.imports.find(manager, jobId);
      if (job?.status !== 'CHECKING') return false;
      const rows = await this.checks.rowsToJudge(manager, jobId, JUDGE_CHUNK);
      if (!rows.length) return false;
      await this.checks.saveJudgements(manager, jobId, await this.judge.judge(manager, job, await this.uploaderOf(manager, job), rows));
      if (opts.thenAgain) await this.imports.enqueue(manager, 'import_judge', jobId);
      return true;
    });
  }

  /** The rows with their judgements: those no worker judged yet are judged here. */
  private async judged(manager: EntityManager, job: ImportJobRow, rows: readonly UngroupedRow[]): Promise<JudgedRow[]> {
    const missing = rows.filter((r) => r.judgement === null);
    const judged = missing.length ? await this.judge.judge(manager, job, await this.uploaderOf(manager, job), missing) : [];
    const byRow = new Map(judged.map((j) => [j.rowNumber, j]));
    return rows.map((r) => r.judgement ?? byRow.get(r.rowNumber)!);
  }

  private async uploaderOf(manager: EntityManager, job: ImportJobRow) {
    const uploader = await this.imports.viewerOf(manager, job.createdById);
    if (!uploader) throw new BerthError('BROKEN_INVARIANT', `The uploader of import ${job.id} is gone.`);
    return uploader;
  }
}

function added(counts: Partial<ImportClassCounts>, checks: readonly CheckedRow[]): ImportClassCounts {
  const out = { ...emptyClassCounts(), ...counts };
  for (const c of checks) out[c.class] += 1;
  return out;
}
