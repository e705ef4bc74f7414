import { describe, expect, it } from 'vitest';
import officeCrypto from 'officecrypto-tool';
import { openCardFile } from '../../server/src/modules/imports/reading/card-file';
import type { CardRow } from '../../server/src/modules/imports/reading/card-rows';
import { csvOf, xlsxOf } from '../support/card-files';

/** Every row of a file, as the import would read it. */
async function read(bytes: Buffer) {
  const opened = await openCardFile(bytes);
  const rows: CardRow[] = [];
  for await (const row of opened.rows) rows.push(row);
  return { kind: opened.kind, headers: opened.headers, rows };
}

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await read(bytes);
    return 'read';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const HEADER = ['公司名称', '联系人', '手机', '展会日期'];

describe('reading card files', () => {
  it('reads an xlsx: Chinese text, phone numbers typed as numbers, dates, formulas as their results, rich text', async () => {
    const file = await xlsxOf([
      HEADER,
      ['上海华泰纺织有限公司', '王芳', 13800138000, new Date(Date.UTC(2026, 2, 15))],
      [{ formula: 'CONCAT("Acme"," Ltd")', result: 'Acme Ltd' }, 'Li Wei', { formula: '13900139000', result: 13900139000 }, 46096],
    ]);
    const { kind, headers, rows } = await read(file);
    expect(kind).toBe('XLSX');
    expect(headers).toEqual(HEADER);
    expect(rows).toEqual([
      { rowNumber: 2, cells: ['上海华泰纺织有限公司', '王芳', '13800138000', '2026-03-15'] },
      // A date serial in a cell without a date format is a number to Excel too.
      { rowNumber: 3, cells: ['Acme Ltd', 'Li Wei', '13900139000', '46096'] },
    ]);
  });

  it('skips blank rows but keeps the row numbers the user sees, and fills merged cells into every row they cover', async () => {
    const file = await xlsxOf(
      [HEADER, ['Harbor Textiles', 'Ann', null, null], ['', 'Bob', null, null], [], ['Delta Foods', 'Cid', null, null]],
      { merges: ['A2:A3'] },
    );
    const { rows } = await read(file);
    expect(rows.map((r) => [r.rowNumber, r.cells[0], r.cells[1]])).toEqual([
      [2, 'Harbor Textiles', 'Ann'],
      [3, 'Harbor Textiles', 'Bob'],
      [5, 'Delta Foods', 'Cid'],
    ]);
  });

  it('finds the header under a title row merged across the sheet, and keeps a one-column file as it is', async () => {
    const titled = await xlsxOf([['2026 广交会名片', null, null, null], HEADER, ['上海华泰纺织有限公司', '王芳', 13800138000, null]], { merges: ['A1:D1'] });
    const { headers, rows } = await read(titled);
    expect(headers).toEqual(HEADER);
    expect(rows).toEqual([{ rowNumber: 3, cells: ['上海华泰纺织有限公司', '王芳', '13800138000'] }]);
    const oneColumn = await read(csvOf([['Company'], ['Acme Ltd'], ['Beta Ltd']]));
    expect(oneColumn.headers).toEqual(['Company']);
    expect(oneColumn.rows.map((r) => r.cells)).toEqual([['Acme Ltd'], ['Beta Ltd']]);
  });

  it.each([
    ['UTF-8', { encoding: 'utf8' as const }],
    ['UTF-8 with a byte order mark', { encoding: 'utf8' as const, bom: true }],
    ['UTF-16 (Excel "Unicode text", tab-separated)', { encoding: 'utf16le' as const, bom: true, delimiter: '\t' }],
    ['GB18030, as Chinese Excel saves CSV', { encoding: 'gb18030' as const }],
    ['semicolons, as Excel writes where the comma is the decimal mark', { delimiter: ';' }],
  ])('reads CSV in %s', async (_what, opts) => {
    const file = csvOf([['公司名称', '联系人', '备注'], ['北京长城贸易有限公司', '张伟', '展位 A-12, 第二天'], ['Acme "Best" Ltd', '', '']], opts);
    const { kind, headers, rows } = await read(file);
    expect(kind).toBe('CSV');
    expect(headers).toEqual(['公司名称', '联系人', '备注']);
    expect(rows).toEqual([
      { rowNumber: 2, cells: ['北京长城贸易有限公司', '张伟', '展位 A-12, 第二天'] },
      { rowNumber: 3, cells: ['Acme "Best" Ltd', null, null] },
    ]);
  });

  it('reads a large GB18030 file whose first 64 KiB end inside a character as GB18030, and a UTF-8 one as UTF-8', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [`华东纺织第${i}分公司`, '王芳']);
    for (const encoding of ['gb18030', 'utf8'] as const) {
      const { rows: read1 } = await read(csvOf([['公司名称', '联系人'], ...rows], { encoding }));
      expect(read1).toHaveLength(4000);
      expect(read1[3999].cells[0]).toBe('华东纺织第3999分公司');
    }
  });

  it('refuses whole files with a code: wrong type, old .xls, password-protected, damaged, empty, header only', async () => {
    const workbook = await xlsxOf([HEADER, ['Acme', 'Li', null, null]]);
    const protectedWorkbook: Buffer = await officeCrypto.encrypt(workbook, { password: 'secret' });
    const damaged = Buffer.concat([workbook.subarray(0, 200), Buffer.alloc(400, 7)]);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const oldXls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    expect(await refusal(png)).toBe('FILE_TYPE_NOT_SUPPORTED');
    expect(await refusal(oldXls)).toBe('FILE_TYPE_NOT_SUPPORTED');
    expect(await refusal(protectedWorkbook)).toBe('FILE_PASSWORD_PROTECTED');
    expect(await refusal(damaged)).toBe('FILE_UNREADABLE');
    expect(await refusal(Buffer.alloc(0))).toBe('FILE_HAS_NO_ROWS');
    expect(await refusal(await xlsxOf([]))).toBe('FILE_HAS_NO_ROWS');
    expect(await refusal(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41))).toBe('FILE_TOO_LARGE');
    expect(await refusal(Buffer.from('a,b\r\n"unclosed,x\r\nmore,rows\r\n'))).toBe('FILE_UNREADABLE');
  });

  it('refuses a small workbook that unpacks to far more than cards need, before reading its rows', async () => {
    // 1,700 different 30,000-letter strings: 51 MB of shared strings, a few hundred KB zipped.
    const filler = (i: number) => `${i}:`.padEnd(30_000, 'a');
    const rows = [HEADER, ...Array.from({ length: 10 }, (_, r) => Array.from({ length: 170 }, (_, c) => filler(r * 170 + c)))];
    const bomb = await xlsxOf(rows);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await refusal(bomb)).toBe('FILE_UNPACKS_TOO_LARGE');
  });

  it('reads a header-only file as a header with no rows (the import reports that it holds no cards)', async () => {
    const { headers, rows } = await read(csvOf([HEADER]));
    expect(headers).toEqual(HEADER);
    expect(rows).toEqual([]);
  });
});
