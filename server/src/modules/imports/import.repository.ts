import type { EntityManager } from 'typeorm';
import type { ImportField, Viewer } from '@berth/domain';
import { ImportColumnMemoryEntity } from './import-column-memory.entity';
import { ImportFileEntity } from './import-file.entity';
import { ImportJobEntity } from './import-job.entity';

/** An import as its readers see it: with the uploader's department, for who may see it. */
export interface ImportJobRow extends ImportJobEntity {
  creatorDepartmentPath: string | null;
}

const JOB_COLUMNS = `j.id, j.created_by_id AS "createdById", j.created_at AS "createdAt", j.file_name AS "fileName", j.file_kind AS "fileKind",
  j.headers, j.mapping, j.sample_rows AS "sampleRows", j.total_rows AS "totalRows", j.status, d.path AS "creatorDepartmentPath"`;
const JOB_FROM = `FROM import_jobs j JOIN users u ON u.id = j.created_by_id LEFT JOIN departments d ON d.id = u.department_id`;

/** Import jobs, their files and the column mappings users taught Berth. */
export class ImportRepository {
  async insert(manager: EntityManager, job: Omit<ImportJobEntity, 'id'>, bytes: Buffer): Promise<number> {
    const { id } = await manager.getRepository(ImportJobEntity).save(manager.getRepository(ImportJobEntity).create(job));
    await manager.getRepository(ImportFileEntity).insert({ jobId: id, bytes });
    return id;
  }

  async find(manager: EntityManager, id: number): Promise<ImportJobRow | null> {
    const [row] = await manager.query(`SELECT ${JOB_COLUMNS} ${JOB_FROM} WHERE j.id = $1`, [id]);
    return row ?? null;
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
