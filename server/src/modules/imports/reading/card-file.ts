import { BerthError, IMPORT_LIMITS } from '@berth/domain';
import type { CardFileRows } from './card-rows';
import { csvRows } from './csv-rows';
import { cardFileKind, type CardFileKind } from './file-kind';
import { xlsxRows } from './xlsx-rows';

/**
 * Opens an uploaded card file, whatever its name says: an .xlsx workbook or CSV text in any
 * encoding Excel saves. Refuses the file as a whole (a coded error) when it is too large, not a
 * workbook or text, protected, damaged, or has no header row.
 */
export async function openCardFile(bytes: Buffer): Promise<CardFileRows & { kind: CardFileKind }> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw new BerthError('FILE_TOO_LARGE');
  const kind = cardFileKind(bytes);
  const opened = kind === 'XLSX' ? await xlsxRows(bytes) : await csvRows(bytes);
  if (opened.headers.every((h) => h === '')) throw new BerthError('FILE_HAS_NO_ROWS');
  if (opened.headers.length > IMPORT_LIMITS.maxColumns) throw new BerthError('FILE_UNREADABLE', `The file has more than ${IMPORT_LIMITS.maxColumns} columns.`);
  return { kind, ...opened };
}
