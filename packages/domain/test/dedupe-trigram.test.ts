import { describe, expect, it } from 'vitest';
import { trigramSimilarity, trigramsOf } from '../src';

// Measured with PostgreSQL 18 and pg_trgm 1.6 in a UTF8 database with the C.UTF-8 locale:
// SELECT similarity(a, b)::float8. The values are float4, hence the odd digits.
const PG_TRGM: [string, string, number][] = [
  ['word', 'two words', 0.3636363744735718],
  ['acme trading', 'acme tradng', 0.6666666865348816],
  ['acme trading', 'acme tradimg', 0.625],
  ['acme trading', 'acme technology', 0.260869562625885],
  ['china trading', 'china technology', 0.2916666567325592],
  ['shanghai technology', 'beijing technology', 0.3928571343421936],
  ['abc international', 'xyz international', 0.6363636255264282],
  ['mci communications', 'sbc communications', 0.6521739363670349],
  ['societe generale', 'societe general', 0.8333333134651184],
  ['mcgraw hill', 'mcgraw hill companies', 0.5454545617103577],
  ['fabrikam', 'fabrikan', 0.6363636255264282],
  ['x1 y2', 'x1 y3', 0.5],
  ['ibm', 'i b m', 0.1111111119389534],
  ['ab', 'abc', 0.4000000059604645],
  ['acme', 'acme', 1],
  ['a', 'a', 1],
  ['中国平安保险', '中国平安银行', 0.4000000059604645],
  ['トヨタ自動車', 'トヨタ', 0.375],
  ['', '', 0],
];

describe('trigramSimilarity', () => {
  it.each(PG_TRGM)('similarity(%j, %j) = %d, as pg_trgm computes it', (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBe(expected);
    expect(trigramSimilarity(b, a)).toBe(expected);
  });

  it('pads words with two spaces in front and one behind, and keeps each trigram once', () => {
    expect([...trigramsOf('word')].sort()).toEqual(['  w', ' wo', 'ord', 'rd ', 'wor']);
    expect(trigramsOf('aaa aaa').size).toBe(trigramsOf('aaa').size);
  });

  it('splits on anything that is not a letter or a digit and ignores case', () => {
    expect(trigramSimilarity('Acme-Trading!', 'acme trading')).toBe(1);
  });
});
