import type { EntityManager } from 'typeorm';
import { coreSimilarityFor, type FieldProblem, type ImportRowClass } from '@berth/domain';
import type { DuplicateMatchView } from '../duplicates/duplicate-result';

/** A row as the duplicate check judged it on its own, before the rows of the file are compared with each other. */
export interface JudgedRow {
  rowNumber: number;
  problems: FieldProblem[];
  fileKeys: string[];
  /** The first match a save of the row would meet, as the uploader may see it; null when Berth has none. */
  match: DuplicateMatchView | null;
  /** The name as the duplicate check compares it, and its searched core; null for a row without valid keys. */
  name: { key: string; core: string } | null;
}

/** What the pre-check made of one row: its class, and the earlier row of the same company. */
export interface CheckedRow extends JudgedRow {
  class: ImportRowClass;
  earlierRow: number | null;
}

/** A row the pre-check has not classified yet: with its judgement when one is stored. */
export interface UngroupedRow {
  rowNumber: number;
  cells: (string | null)[];
  judgement: JudgedRow | null;
}

/**
 * The rows of an import's file through the pre-check: written once as read, judged against Berth
 * (in any order, by more than one worker at a time), then classified against each other in file order.
 */
export class ImportCheckRepository {
  async insertRows(manager: EntityManager, jobId: number, rows: readonly { rowNumber: number; cells: (string | null)[] }[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO import_rows (job_id, row_number, cells) SELECT $1, n, c FROM unnest($2::int[], $3::jsonb[]) AS r(n, c)`,
      [jobId, rows.map((r) => r.rowNumber), rows.map((r) => JSON.stringify(r.cells))],
    );
  }

  async hasRows(manager: EntityManager, jobId: number): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM import_rows WHERE job_id = $1 LIMIT 1`, [jobId]);
    return !!row;
  }

  /**
   * The first rows nobody has judged or is judging, in file order, locked for this transaction.
   * Rows another worker holds are passed over (SKIP LOCKED), so workers judge different rows.
   */
  rowsToJudge(manager: EntityManager, jobId: number, limit: number): Promise<{ rowNumber: number; cells: (string | null)[] }[]> {
    return manager.query(
      `SELECT row_number AS "rowNumber", cells FROM import_rows
        WHERE job_id = $1 AND class IS NULL AND NOT judged ORDER BY row_number LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [jobId, limit],
    );
  }

  async saveJudgements(manager: EntityManager, jobId: number, rows: readonly JudgedRow[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE import_rows r SET judged = true, problems = j.problems, file_keys = j.keys, match = j.match, name_key = j.name_key, name_core = j.name_core
         FROM (SELECT n, problems, ARRAY(SELECT jsonb_array_elements_text(keys)) AS keys, match, name_key, name_core
                 FROM unnest($2::int[], $3::jsonb[], $4::jsonb[], $5::jsonb[], $6::text[], $7::text[]) AS x(n, problems, keys, match, name_key, name_core)) j
        WHERE r.job_id = $1 AND r.row_number = j.n`,
      [jobId, rows.map((r) => r.rowNumber), ...judgementColumns(rows)],
    );
  }

  /**
   * The next rows to classify, in file order, locked for this transaction: a row another worker is
   * judging is waited for, and then read with its judgement.
   */
  async rowsToGroup(manager: EntityManager, jobId: number, limit: number): Promise<UngroupedRow[]> {
    const rows: { rowNumber: number; cells: (string | null)[]; judged: boolean; problems: FieldProblem[] | null; fileKeys: string[]; match: DuplicateMatchView | null; nameKey: string | null; nameCore: string | null }[] =
      await manager.query(
        `SELECT row_number AS "rowNumber", cells, judged, problems, file_keys AS "fileKeys", match, name_key AS "nameKey", name_core AS "nameCore"
           FROM import_rows WHERE job_id = $1 AND class IS NULL ORDER BY row_number LIMIT $2 FOR UPDATE`,
        [jobId, limit],
      );
    return rows.map((r) => ({
      rowNumber: r.rowNumber,
      cells: r.cells,
      judgement: r.judged
        ? { rowNumber: r.rowNumber, problems: r.problems ?? [], fileKeys: r.fileKeys, match: r.match, name: r.nameKey !== null ? { key: r.nameKey, core: r.nameCore ?? '' } : null }
        : null,
    }));
  }

  /**
   * For each key, the first classified row of the job that has it (before `beforeRow`): one index
   * lookup per key. (Testing every earlier row's keys against the whole set instead cost a scan of
   * the job's rows, each compared with a chunk's hundreds of keys: 245 ms a chunk at 9,000 rows.)
   */
  async firstRowsWithKeys(manager: EntityManager, jobId: number, keys: readonly string[], beforeRow: number): Promise<Map<string, number>> {
    if (!keys.length) return new Map();
    const rows: { key: string; row: number }[] = await manager.query(
      `SELECT q.k AS key, r.row_number AS row
         FROM unnest($2::text[]) AS q(k)
         CROSS JOIN LATERAL (SELECT r.row_number FROM import_rows r
                              WHERE r.job_id + 0 = $1 AND r.file_keys @> ARRAY[q.k] AND r.row_number < $3 AND r.class IS NOT NULL
                              ORDER BY r.row_number LIMIT 1) r`,
      [jobId, keys, beforeRow],
    );
    return new Map(rows.map((r) => [r.key, r.row]));
  }

  /**
   * For each row, the first classified row of the job before it whose name is similar by the
   * duplicate check's measure (candidate cores by areCandidateCores, then the keys), or
   * the row that one repeats: the first row of the company. The rows come from the word variants'
   * index alone, which holds classified rows only (rows judged ahead of the classifying are left
   * out; the classifier compares the rows of its own batch itself). `job_id + 0` and
   * `row_number + 0` keep the planner off the primary key: walking it over every earlier row of
   * the job (computing each one's variants) took 14.6 s per 200-row chunk at 10,000 rows against
   * 0.13 s through the variants' index, and even ANDed with that index, reading the earlier rows'
   * entries of the key took 0.27 ms a row at 9,000 rows, for nothing.
   */
  async similarEarlierRows(
    manager: EntityManager,
    jobId: number,
    rows: readonly { rowNumber: number; key: string; core: string }[],
    threshold: number,
  ): Promise<Map<number, number>> {
    if (!rows.length) return new Map();
    const found: { rowNumber: number; earlier: number }[] = await manager.query(
      `SELECT q.n AS "rowNumber", coalesce(e.earlier_row, e.row_number) AS earlier
         FROM unnest($2::int[], $3::text[], $4::text[]) AS q(n, name_key, core)
         CROSS JOIN LATERAL (SELECT r.row_number, r.earlier_row FROM import_rows r
                              WHERE r.job_id + 0 = $1 AND r.row_number + 0 < q.n AND r.class IS NOT NULL
                                AND berth_name_variants(r.name_core) && berth_name_variants(q.core)
                                AND berth_cores_alike(r.name_core, q.core, $6)
                                AND similarity(r.name_key, q.name_key) >= $5
                              ORDER BY r.row_number LIMIT 1) e`,
      [jobId, rows.map((r) => r.rowNumber), rows.map((r) => r.key), rows.map((r) => r.core), threshold, coreSimilarityFor(threshold)],
    );
    return new Map(found.map((f) => [f.rowNumber, f.earlier]));
  }

  async saveChecks(manager: EntityManager, jobId: number, checks: readonly CheckedRow[]): Promise<void> {
    if (!checks.length) return;
    await manager.query(
      `UPDATE import_rows r SET judged = true, class = c.class, earlier_row = c.earlier, problems = c.problems, file_keys = c.keys, match = c.match,
                                name_key = c.name_key, name_core = c.name_core
         FROM (SELECT n, class, earlier, problems, ARRAY(SELECT jsonb_array_elements_text(keys)) AS keys, match, name_key, name_core
                 FROM unnest($2::int[], $3::varchar[], $4::int[], $5::jsonb[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[])
                   AS x(n, class, earlier, problems, keys, match, name_key, name_core)) c
        WHERE r.job_id = $1 AND r.row_number = c.n`,
      [jobId, checks.map((c) => c.rowNumber), checks.map((c) => c.class), checks.map((c) => c.earlierRow), ...judgementColumns(checks)],
    );
  }
}

/** A judgement's columns as statement parameters, one array per column: problems, file keys, match, name key, name core. */
function judgementColumns(rows: readonly JudgedRow[]) {
  return [
    rows.map((r) => (r.problems.length ? JSON.stringify(r.problems) : null)),
    rows.map((r) => JSON.stringify(r.fileKeys)),
    rows.map((r) => (r.match ? JSON.stringify(r.match) : null)),
    rows.map((r) => r.name?.key ?? null),
    rows.map((r) => r.name?.core ?? null),
  ];
}
