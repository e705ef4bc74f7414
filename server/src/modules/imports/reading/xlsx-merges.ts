import unzipper from 'unzipper';
import { BerthError, IMPORT_LIMITS } from '@berth/domain';

/** A merged block of a sheet, by 1-based row and column numbers. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE_CELL = /<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
/** Enough of the previous chunk to finish a tag cut between two chunks. */
const TAIL = 256;

/**
 * The merged blocks of each worksheet, by sheet number (xl/worksheets/sheetN.xml). Sheet XML lists
 * them after all the rows, where a streaming row reader has already passed, so they are read first
 * with a scan of the decompressed XML that holds only one chunk at a time.
 *
 * The same scan is the guard against a workbook that unpacks to far more than its 20 MB (a "zip
 * bomb", or a sheet of millions of empty styled cells): the shared strings, which the row reader
 * keeps in memory, may unpack to IMPORT_LIMITS.maxSharedStringBytes and all the XML together to
 * maxUnpackedBytes, counted as it is inflated (the sizes a zip declares can lie).
 */
export async function mergedRangesBySheet(bytes: Buffer): Promise<Map<number, MergedRange[]>> {
  const directory = await unzipper.Open.buffer(bytes);
  const bySheet = new Map<number, MergedRange[]>();
  let unpacked = 0;
  const count = (chunk: Buffer, limit: number, soFar: number) => {
    unpacked += chunk.length;
    if (soFar + chunk.length > limit || unpacked > IMPORT_LIMITS.maxUnpackedBytes) throw new BerthError('FILE_UNPACKS_TOO_LARGE');
    return soFar + chunk.length;
  };
  for (const entry of directory.files) {
    if (entry.path === 'xl/sharedStrings.xml') {
      let size = 0;
      for await (const chunk of entry.stream()) size = count(chunk as Buffer, IMPORT_LIMITS.maxSharedStringBytes, size);
      continue;
    }
    const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.path);
    if (!sheet) continue;
    const ranges: MergedRange[] = [];
    let carry = '';
    let size = 0;
    for await (const chunk of entry.stream()) {
      size = count(chunk as Buffer, IMPORT_LIMITS.maxUnpackedBytes, size);
      const text = carry + (chunk as Buffer).toString('utf8');
      let lastEnd = 0;
      for (const m of text.matchAll(MERGE_CELL)) {
        ranges.push({ left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) });
        lastEnd = m.index + m[0].length;
      }
      carry = text.slice(Math.max(lastEnd, text.length - TAIL));
    }
    if (ranges.length) bySheet.set(Number(sheet[1]), ranges);
  }
  return bySheet;
}

/** "A" → 1, "AA" → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
