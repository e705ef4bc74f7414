import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A cell as a test writes it: text, a number, a date, a formula with its cached result, or nothing. */
export type TestCell = string | number | boolean | Date | { formula: string; result: string | number } | null;

/** An .xlsx workbook of these rows in its first sheet (the header first), with optional merged blocks ("A2:A3"). */
export async function xlsxOf(rows: TestCell[][], opts: { merges?: string[]; dateFormat?: string; sheetsBefore?: string[] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cards');
  rows.forEach((row, i) => {
    if (row.length === 0) return; // a blank row: nothing written there
    const written = sheet.getRow(i + 1);
    row.forEach((value, j) => {
      if (value === null) return;
      const cell = written.getCell(j + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = opts.dateFormat ?? 'yyyy-mm-dd';
    });
    written.commit();
  });
  for (const range of opts.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text of these rows in an encoding, with or without a byte order mark, by a delimiter. */
export function csvOf(rows: (string | null)[][], opts: { encoding?: 'utf8' | 'utf16le' | 'gb18030'; bom?: boolean; delimiter?: string } = {}): Buffer {
  const delimiter = opts.delimiter ?? ',';
  const quote = (cell: string | null) => (cell === null ? '' : /[",;\t\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  const encoding = opts.encoding ?? 'utf8';
  return iconv.encode(text, encoding, { addBOM: opts.bom ?? false });
}

/** Uploads a card file as the dashboard does (multipart, part "file"); answers the status and the JSON. */
export async function uploadCardFile(baseUrl: string, token: string | null, bytes: Buffer, fileName = 'cards.xlsx'): Promise<{ status: number; body: { id?: string; errors?: { extensions: { code: string } }[] } }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const res = await fetch(`${baseUrl}/api/imports`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: await res.json() };
}

/**
 * `count` company names no two of which the duplicate check finds alike: each is a made-up brand
 * of nine letters drawn by a seeded generator (so runs repeat), with a legal form. Names that
 * differ only by a number ("Card 1 Ltd", "Card 2 Ltd") are similar names to the check, and a
 * write would rightly skip all but the first.
 */
export function unlikeCompanyNames(count: number, seed = 1): string[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, () => {
    const brand = Array.from({ length: 9 }, () => letters[Math.floor(next() * 26)]).join('');
    return `${brand[0].toUpperCase()}${brand.slice(1)} Ltd`;
  });
}
