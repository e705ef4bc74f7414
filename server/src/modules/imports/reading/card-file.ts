import { BerthError, IMPORT_LIMITS } from '@berth/domain';
import { isBlankRow, type CardFileRows, type CardRow } from './card-rows';
import { csvRows } from './csv-rows';
import { cardFileKind, type CardFileKind } from './file-kind';
import { xlsxRows } from './xlsx-rows';

/** How far down a header may sit below title rows. */
const MAX_TITLE_ROWS = 5;

/**
 * Opens an uploaded card file, whatever its name says: an .xlsx workbook or CSV text in any
 * encoding Excel saves. Refuses the file as a whole (a coded error) when it is too large, not a
 * workbook or text, protected, damaged, or has no header row.
 */
export async function openCardFile(bytes: Buffer): Promise<CardFileRows & { kind: CardFileKind }> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw new BerthError('FILE_TOO_LARGE');
  const kind = cardFileKind(bytes);
  const opened = await belowTitles(kind === 'XLSX' ? await xlsxRows(bytes) : await csvRows(bytes));
  if (opened.headers.every((h) => h === '')) throw new BerthError('FILE_HAS_NO_ROWS');
  if (opened.headers.length > IMPORT_LIMITS.maxColumns) throw new BerthError('FILE_UNREADABLE', `The file has more than ${IMPORT_LIMITS.maxColumns} columns.`);
  return { kind, ...opened };
}

/**
 * The header under any title rows. Card templates often open with a title ("2026 广交会名片",
 * one cell, often merged across the sheet, so every cell of the row reads the same) above the real
 * header: a leading row of one value is a title when a row of two or more values follows within
 * five rows; that row is the header. A file of one column keeps its first row.
 */
async function belowTitles(file: CardFileRows): Promise<CardFileRows> {
  if (filled(file.headers) !== 1) return file;
  const iterator = file.rows[Symbol.asyncIterator]();
  const peeked: CardRow[] = [];
  while (peeked.length < MAX_TITLE_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    peeked.push(next.value);
    if (filled(next.value.cells) >= 2) {
      const header = peeked.filter((row) => !isBlankRow(row.cells)).find((row) => filled(row.cells) >= 2)!;
      return { headers: header.cells.map((h) => h?.trim() ?? ''), rows: rest(peeked.slice(peeked.indexOf(header) + 1), iterator) };
    }
  }
  return { headers: file.headers, rows: rest(peeked, iterator) };
}

async function* rest(peeked: CardRow[], iterator: AsyncIterator<CardRow>): AsyncGenerator<CardRow> {
  yield* peeked;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

/** How many different values a row holds (a merged title fills its cells with one). */
function filled(cells: readonly (string | null)[]): number {
  return new Set(cells.filter((cell): cell is string => cell !== null && cell.trim() !== '').map((cell) => cell.trim())).size;
}
