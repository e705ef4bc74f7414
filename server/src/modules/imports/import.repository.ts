import type { EntityManager } from 'typeorm';
import { OPEN_IMPORT_STATUSES, type ImportField, type ImportOutcome, type ImportRowClass, type ImportUndoResult, type Viewer } from '@berth/domain';
import type { ImportRowEntity } from './import-row.entity';
import { ImportColumnMemoryEntity } from './import-column-memory.entity';
import { ImportFileEntity } from './import-file.entity';
import { ImportJobEntity } from './import-job.entity';

/** An import as its readers see it: with the uploader's department, for who may see it. */
export interface ImportJobRow extends ImportJobEntity {
  creatorDepartmentPath: string | null;
}

const JOB_COLUMNS = `j.id, j.created_by_id AS "createdById", j.created_at AS "createdAt", j.file_name AS "fileName", j.file_kind AS "fileKind",
  j.headers, j.mapping, j.sample_rows AS "sampleRows", j.total_rows AS "totalRows", j.status, j.source, j.checked_rows AS "checkedRows",
  j.class_counts AS "classCounts", j.checked_at AS "checkedAt", j.check_started_at AS "checkStartedAt", j.error_code AS "errorCode", j.choices, j.destination,
  j.import_started_at AS "importStartedAt", j.finished_at AS "finishedAt", j.done_rows AS "doneRows", j.outcome_counts AS "outcomeCounts",
  j.spread_turn AS "spreadTurn", j.undo_counts AS "undoCounts", j.undone_at AS "undoneAt", d.path AS "creatorDepartmentPath"`;
const JOB_FROM = `FROM import_jobs j JOIN users u ON u.id = j.created_by_id LEFT JOIN departments d ON d.id = u.department_id`;

/** Import jobs, their files and the column mappings users taught Berth. */
export class ImportRepository {
  async insert(
    manager: EntityManager,
    job: Pick<ImportJobEntity, 'createdById' | 'createdAt' | 'fileName' | 'fileKind' | 'headers' | 'mapping' | 'sampleRows' | 'totalRows' | 'status'>,
    bytes: Buffer,
  ): Promise<number> {
    const { id } = await manager.getRepository(ImportJobEntity).save(manager.getRepository(ImportJobEntity).create(job));
    await manager.getRepository(ImportFileEntity).insert({ jobId: id, bytes });
    return id;
  }

  /**
   * How many imports the user has open, counted under a lock on the user's uploads, so two uploads
   * at once cannot both pass the limit (the lock lasts until this transaction ends).
   */
  async openImportsOf(manager: EntityManager, userId: number): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('berth:import-upload:' || $1::text, 0))`, [userId]);
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM import_jobs WHERE created_by_id = $1 AND status = ANY($2::import_status[])`, [userId, OPEN_IMPORT_STATUSES]);
    return n;
  }

  /** Drops an import's stored file once nothing will read it again (cancelled, failed, written: the rows keep its cells). */
  async dropFile(manager: EntityManager, jobId: number): Promise<void> {
    await manager.query(`DELETE FROM import_files WHERE job_id = $1`, [jobId]);
  }

  /** One job; `lock` holds it for this transaction (every step of a job takes it first, so steps never overlap). */
  async find(manager: EntityManager, id: number, { lock = false } = {}): Promise<ImportJobRow | null> {
    const [row] = await manager.query(`SELECT ${JOB_COLUMNS} ${JOB_FROM} WHERE j.id = $1 ${lock ? 'FOR UPDATE OF j' : ''}`, [id]);
    return row ?? null;
  }

  async update(manager: EntityManager, id: number, changes: Partial<Omit<ImportJobEntity, 'id' | 'createdById' | 'createdBy' | 'createdAt'>>): Promise<void> {
    await manager.getRepository(ImportJobEntity).update({ id }, changes);
  }

  /** A page of the job's checked rows — of one class, outcome or set of undo results, or all — in file order after `afterRow`. */
  rows(
    manager: EntityManager,
    jobId: number,
    opts: { class: ImportRowClass | null; outcome?: ImportOutcome | null; undo?: readonly ImportUndoResult[] | null; afterRow: number; limit: number },
  ): Promise<ImportRowEntity[]> {
    return manager.query(
      `SELECT row_number AS "rowNumber", cells, class, problems, earlier_row AS "earlierRow", match, job_id AS "jobId", file_keys AS "fileKeys",
              outcome, outcome_reason AS "outcomeReason", customer_id AS "customerId", undo
         FROM import_rows WHERE job_id = $1 AND class IS NOT NULL AND ($2::varchar IS NULL OR class = $2) AND ($5::varchar IS NULL OR outcome = $5)
          AND ($6::varchar[] IS NULL OR undo = ANY($6::varchar[])) AND row_number > $3
        ORDER BY row_number LIMIT $4`,
      [jobId, opts.class, opts.afterRow, opts.limit, opts.outcome ?? null, opts.undo ?? null],
    );
  }

  /** Every region by its name as compared (NFKC, lower case, trimmed). */
  async regionsByName(manager: EntityManager): Promise<Map<string, number>> {
    const rows: { id: number; name: string }[] = await manager.query(`SELECT id, name FROM regions`);
    return new Map(rows.map((r) => [regionKey(r.name), r.id]));
  }

  /** Who the uploader is now, for judging matches as they may see them. */
  async viewerOf(manager: EntityManager, userId: number): Promise<Viewer | null> {
    const [row] = await manager.query(
      `SELECT u.id AS "userId", u.role, d.path AS "departmentPath" FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = $1`,
      [userId],
    );
    return row ?? null;
  }

  async enqueue(manager: EntityManager, task: 'import_read' | 'import_check' | 'import_judge' | 'import_write' | 'import_undo', jobId: number): Promise<void> {
    await manager.query(`SELECT graphile_worker.add_job($1, json_build_object('jobId', $2::int), job_key => $3, max_attempts => 25)`, [task, jobId, `${task}:${jobId}`]);
  }

  /** The imports the viewer may see (the SQL twin of `canSeeImport`), newest first. */
  visibleTo(manager: EntityManager, viewer: Viewer, limit: number): Promise<ImportJobRow[]> {
    if (viewer.role === 'ADMIN') return manager.query(`SELECT ${JOB_COLUMNS} ${JOB_FROM} ORDER BY j.id DESC LIMIT $1`, [limit]);
    const team = viewer.role === 'MANAGER' && viewer.departmentPath !== null ? viewer.departmentPath : null;
    return manager.query(
      `SELECT ${JOB_COLUMNS} ${JOB_FROM} WHERE j.created_by_id = $1 OR ($2::text IS NOT NULL AND d.path LIKE $2 || '%') ORDER BY j.id DESC LIMIT $3`,
      [viewer.userId, team, limit],
    );
  }

  async fileOf(manager: EntityManager, jobId: number): Promise<Buffer | null> {
    const row = await manager.getRepository(ImportFileEntity).findOne({ where: { jobId } });
    return row?.bytes ?? null;
  }

  /** What the user mapped headers to before, by normalised header. */
  async memoryOf(manager: EntityManager, userId: number): Promise<Map<string, ImportField | null>> {
    const rows = await manager.getRepository(ImportColumnMemoryEntity).find({ where: { userId } });
    return new Map(rows.map((r) => [r.header, r.field]));
  }

  async remember(manager: EntityManager, userId: number, entries: ReadonlyMap<string, ImportField | null>): Promise<void> {
    if (!entries.size) return;
    const headers = [...entries.keys()];
    await manager.query(
      `INSERT INTO import_column_memory (user_id, header, field) SELECT $1, h, f FROM unnest($2::varchar[], $3::varchar[]) AS e(h, f)
       ON CONFLICT (user_id, header) DO UPDATE SET field = EXCLUDED.field`,
      [userId, headers, headers.map((h) => entries.get(h) ?? null)],
    );
  }
}

/** A region's name as an import compares it: "east china " and "East China" are one region. */
export function regionKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
