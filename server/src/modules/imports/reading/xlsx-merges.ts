import unzipper from 'unzipper';

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
 */
export async function mergedRangesBySheet(bytes: Buffer): Promise<Map<number, MergedRange[]>> {
  const directory = await unzipper.Open.buffer(bytes);
  const bySheet = new Map<number, MergedRange[]>();
  for (const entry of directory.files) {
    const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.path);
    if (!sheet) continue;
    const ranges: MergedRange[] = [];
    let carry = '';
    for await (const chunk of entry.stream()) {
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
