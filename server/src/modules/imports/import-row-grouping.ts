import type { EntityManager } from 'typeorm';
import { classifyImportRow } from '@berth/domain';
import type { CheckedRow, ImportCheckRepository, JudgedRow } from './import-check.repository';
import { SimilarInChunk } from './similar-in-chunk';

/**
 * The classes of a batch of judged rows, which must follow every row of the file before them:
 * a row with a key or a similar name of an earlier row is the same company again (grouped under
 * that company's first row); any other row keeps its own judgement — invalid, new, or matching a
 * pool or an owned customer. Earlier batches are looked up in the database; rows of this batch
 * stand for their companies before the later rows of the batch.
 */
export async function classifyInFileOrder(
  manager: EntityManager,
  checks: ImportCheckRepository,
  jobId: number,
  rows: readonly JudgedRow[],
  threshold: number | null,
): Promise<CheckedRow[]> {
  const allKeys = [...new Set(rows.flatMap((r) => r.fileKeys))];
  const earlierInFile = await checks.firstRowsWithKeys(manager, jobId, allKeys, rows[0].rowNumber);
  const named = rows.flatMap((r) => (r.name ? [{ rowNumber: r.rowNumber, ...r.name }] : []));
  const similarEarlier = threshold === null ? new Map<number, number>() : await checks.similarEarlierRows(manager, jobId, named, threshold);
  const inBatch = new SimilarInChunk(threshold);
  return rows.map((row) => {
    const earlier = row.fileKeys.map((k) => earlierInFile.get(k)).filter((n): n is number => n !== undefined);
    const similar = similarEarlier.get(row.rowNumber) ?? (row.name ? inBatch.find(row.name) : null);
    if (similar !== null) earlier.push(similar);
    const earlierRow = earlier.length ? Math.min(...earlier) : null;
    const match = earlierRow === null ? row.match : null;
    const rowClass = classifyImportRow({ problems: row.problems, earlierRow, match: match ? { verdict: match.verdict, owned: match.ownerId != null } : null });
    for (const key of row.fileKeys) if (!earlierInFile.has(key)) earlierInFile.set(key, row.rowNumber);
    if (row.name) inBatch.add(row.rowNumber, row.name, earlierRow ?? row.rowNumber);
    return { ...row, class: rowClass, earlierRow, match: rowClass === 'MATCHES_POOL' || rowClass === 'MATCHES_OWNED' ? match : null };
  });
}
