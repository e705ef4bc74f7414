import { parse } from 'csv-parse';
import { BerthError } from '@berth/domain';
import type { CardFileRows, CardRow } from './card-rows';
import { decodedText, textEncodingOf } from './text-encoding';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * A CSV file's rows, streamed: decoded as its encoding says, split by the delimiter its header
 * line uses most (Excel writes commas, or semicolons where the comma is the decimal mark, and
 * tabs in "Unicode text"). Each record is a row, numbered as Excel would show it.
 */
export async function csvRows(bytes: Buffer): Promise<CardFileRows> {
  const encoding = textEncodingOf(bytes);
  const delimiter = await delimiterOf(bytes, encoding);
  const records: AsyncIterable<string[]> = decodedText(bytes, encoding).pipe(
    parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }),
  );
  const iterator = records[Symbol.asyncIterator]();
  const first = await next(iterator);
  if (!first) throw new BerthError('FILE_HAS_NO_ROWS');
  return { headers: first.map((h) => h.trim()), rows: rowsAfterHeader(iterator) };
}

async function* rowsAfterHeader(iterator: AsyncIterator<string[]>): AsyncGenerator<CardRow> {
  let rowNumber = 1;
  for (;;) {
    const record = await next(iterator);
    if (!record) return;
    rowNumber += 1;
    yield { rowNumber, cells: record.map((cell) => (cell.trim() === '' ? null : cell)) };
  }
}

/** The next record; a malformed file (e.g. an unclosed quote) is refused as unreadable. */
async function next(iterator: AsyncIterator<string[]>): Promise<string[] | null> {
  try {
    const { value, done } = await iterator.next();
    return done ? null : value;
  } catch {
    throw new BerthError('FILE_UNREADABLE');
  }
}

/** The delimiter the first line uses most, outside quotes; a comma when it has none. */
async function delimiterOf(bytes: Buffer, encoding: ReturnType<typeof textEncodingOf>): Promise<string> {
  let head = '';
  for await (const chunk of decodedText(bytes.subarray(0, 16 * 1024), encoding)) {
    head += chunk;
    break;
  }
  const firstLine = head.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((d) => firstLine.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? DELIMITERS[best] : ',';
}
