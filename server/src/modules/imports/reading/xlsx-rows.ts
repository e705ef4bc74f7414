import { BerthError } from '@berth/domain';
import type { CardFileRows, CardRow } from './card-rows';
import { cellText } from './cell-text';
import { mergedRangesBySheet, type MergedRange } from './xlsx-merges';
import { CentralDirectoryWorkbookReader } from './xlsx-workbook-reader';

/** What a streamed worksheet yields: rows with their 1-based number and sparse 1-based values. */
interface StreamedRow {
  number: number;
  values: unknown[];
}

interface StreamedSheet extends AsyncIterable<StreamedRow> {
  id: number;
}

/**
 * The first worksheet's rows, streamed (ExcelJS's reader of a sheet; only one row is held at a time).
 * Dates come as dates (styles are read for their number formats). A value merged over several
 * cells fills each of them, as the user sees it: a company merged over its two contacts' rows
 * belongs to both. A damaged zip or workbook is refused as unreadable.
 */
export async function xlsxRows(bytes: Buffer): Promise<CardFileRows> {
  const merges = await unreadableOnError(() => mergedRangesBySheet(bytes));
  const reader = new CentralDirectoryWorkbookReader(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const sheets = (reader as unknown as AsyncIterable<StreamedSheet>)[Symbol.asyncIterator]();
  const sheet = await unreadableOnError(async () => (await sheets.next()).value as StreamedSheet | undefined);
  if (!sheet) throw new BerthError('FILE_HAS_NO_ROWS');
  const rows = withMergesFilled(streamedRows(sheet), merges.get(sheet.id) ?? []);
  const first = await unreadableOnError(() => rows.next());
  if (first.done) throw new BerthError('FILE_HAS_NO_ROWS');
  return { headers: first.value.cells.map((h) => h?.trim() ?? ''), rows: unreadableOnFailure(rows) };
}

async function* streamedRows(sheet: StreamedSheet): AsyncGenerator<CardRow> {
  for await (const row of sheet) {
    const cells: (string | null)[] = [];
    for (let col = 1; col < row.values.length; col++) cells.push(cellText(row.values[col]));
    yield { rowNumber: row.number, cells };
  }
}

/** Each merged block's first value copied into its other cells, row by row as they stream past. */
async function* withMergesFilled(rows: AsyncGenerator<CardRow>, ranges: readonly MergedRange[]): AsyncGenerator<CardRow> {
  if (!ranges.length) return yield* rows;
  const masters = new Map<MergedRange, string | null>();
  for await (const row of rows) {
    for (const range of ranges) {
      if (row.rowNumber === range.top) masters.set(range, row.cells[range.left - 1] ?? null);
      if (row.rowNumber < range.top || row.rowNumber > range.bottom) continue;
      const value = masters.get(range) ?? null;
      while (row.cells.length < range.right) row.cells.push(null);
      for (let col = range.left; col <= range.right; col++) {
        if (row.rowNumber === range.top && col === range.left) continue;
        row.cells[col - 1] = value;
      }
    }
    yield row;
  }
}

/** The rows under the header; a workbook damaged further down is refused when the reading gets there. */
async function* unreadableOnFailure(rows: AsyncGenerator<CardRow>): AsyncGenerator<CardRow> {
  for (;;) {
    const next = await unreadableOnError(() => rows.next());
    if (next.done) return;
    yield next.value;
  }
}

async function unreadableOnError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BerthError) throw error;
    throw new BerthError('FILE_UNREADABLE');
  }
}
