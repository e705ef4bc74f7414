import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark so Excel reads Chinese names correctly', () => {
    const csv = toCsv(['公司名称', 'count'], [['上海远航物流有限公司', 3]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('公司名称,count\r\n上海远航物流有限公司,3\r\n');
    // The BOM is the three bytes EF BB BF once encoded.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes cells holding commas, quotes or line breaks, and doubles their quotes', () => {
    const csv = toCsv(['name', 'note'], [
      ['Acme, Inc.', 'said "call back"'],
      ['Globex', 'line one\nline two'],
      ['Initech', 'carriage\r\nreturn'],
    ]);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'name,note',
      '"Acme, Inc.","said ""call back"""',
      'Globex,"line one\nline two"',
      'Initech,"carriage',
      'return"',
      '',
    ]);
  });

  it('leaves missing values empty and writes numbers and booleans as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, 0.25, false]]).slice(1)).toBe('a,b,c,d\r\n,,0.25,false\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['start', 'stock'], []).slice(1)).toBe('start,stock\r\n');
  });
});

describe('csvFileName', () => {
  it('keeps letters, digits and dashes', () => {
    expect(csvFileName('Pool stock', '2026-11-01', '2026-11-30')).toBe('pool-stock-2026-11-01-2026-11-30.csv');
    expect(csvFileName('“Trade fair”: 2026/11')).toBe('trade-fair-2026-11.csv');
    expect(csvFileName('  ')).toBe('export.csv');
  });

  it('names a file in Chinese after its Chinese title', () => {
    expect(csvFileName('各来源回流率', '2026-11-01', '2026-11-03')).toBe('各来源回流率-2026-11-01-2026-11-03.csv');
  });
});
