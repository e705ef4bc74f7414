import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUPLICATE_RULES,
  MIN_SIMILAR_NAME_THRESHOLD,
  distinctiveNameOf,
  distinctiveWordsOf,
  withoutCommonWords,
  isSimilarNameCandidate,
  nameVariants,
  shareNameVariant,
  trigramSimilarity,
  wordsPair,
  pairedWords,
  wordVariants,
  areCandidateCores,
  CORE_SIMILARITY,
} from '../src';

const T = DEFAULT_DUPLICATE_RULES.similarNameThreshold;

describe('isSimilarNameCandidate', () => {
  it('finds candidates by a shared word within one edit: a change, a letter more or less, two letters swapped', () => {
    expect(wordVariants('xinkang')).toEqual(['xinkang', 'inkang', 'xnkang', 'xikang', 'xinang', 'xinkng', 'xinkag', 'xinkan']);
    expect(wordVariants('acme')).toEqual(['acme']); // short words only as they are
    expect(wordVariants('鑫康科技集')).toHaveLength(6); // letters are characters, not bytes
    expect(nameVariants('acme acme')).toEqual(['acme']);
    for (const [a, b] of [['xinkangtai', 'xinkangtay'], ['xinkang', 'xinkagn'], ['xinkang', 'xinkangs'], ['harbour textile', 'harbor textiles']]) {
      expect(shareNameVariant(a, b)).toBe(true);
    }
    for (const [a, b] of [['ball', 'pall'], ['xinkang', 'xnikagn'], ['acme', 'acne'], ['鑫康', '新康']]) {
      expect(shareNameVariant(a, b)).toBe(false);
    }
  });

  it('needs more than one shared word when the names have others: every word paired, or the names half alike', () => {
    expect(wordsPair('harbour', 'harbor textiles')).toBe(true);
    expect(wordsPair('xinkang golden', 'golden xinkagn')).toBe(true);
    expect(wordsPair('november pool', 'amber pool')).toBe(false);
    expect(areCandidateCores('november pool', 'amber pool', CORE_SIMILARITY)).toBe(false);
    // The full keys alone would warn: they share "mber pool holdings".
    expect(trigramSimilarity('november pool holdings', 'amber pool holdings')).toBeGreaterThanOrEqual(T);
    expect(isSimilarNameCandidate('november pool holdings', 'amber pool holdings', T)).toBe(false);
    // The evidence names the pairs, the shorter name's words first, each with its partner in the other.
    expect(pairedWords('harbour textile', 'harbor textiles')).toEqual([['harbour', 'harbor'], ['textile', 'textiles']]);
    expect(pairedWords('golden xinkagn harbour', 'xinkang')).toEqual([['xinkagn', 'xinkang']]);
    expect(pairedWords('november pool', 'amber pool')).toBeNull();
    // Sharing most of their letters is enough even when a word does not pair.
    expect(areCandidateCores('xinkang golden dragon', 'xinkang golden phoenix', CORE_SIMILARITY)).toBe(true);
  });

  it.each<[string, string]>([
    ['acme trading', 'acme tradng'],
    ['guangzhou xinkang golden software', 'guangzhou xinkan golden software'],
    ['shanghai jinqiao technology', 'shanghai jingqiao technology'],
    ['adventure works cycles', 'adventure works'],
    ['contoso pharmaceuticals', 'contoso pharmaceutical'],
    ['woodgrove bank', 'woodgrove banc'],
    ['acme technology', 'acme technolgy'],
    ['shanghai technology', 'shanghai technologies'],
  ])('still warns: %j / %j', (a, b) => {
    expect(trigramSimilarity(a, b)).toBeGreaterThanOrEqual(T);
    expect(isSimilarNameCandidate(a, b, T)).toBe(true);
  });

  it.each<[string, string]>([
    ['mci communications', 'sbc communications'],
    ['cfw communications', 'ez communications'],
    ['i2 technologies', 'isg technologies'],
    ['accent software international', '4front software international'],
  ])('no longer warns for false friends that share only generic words: %j / %j', (a, b) => {
    expect(trigramSimilarity(a, b)).toBeGreaterThanOrEqual(T);
    expect(isSimilarNameCandidate(a, b, T)).toBe(false);
  });

  it('keeps the rule threshold on the full keys: the candidate stage only ever removes matches', () => {
    expect(distinctiveNameOf('acme trading shanghai')).toBe(distinctiveNameOf('acme trading'));
    expect(isSimilarNameCandidate('acme trading', 'acme trading shanghai', T)).toBe(false); // 0.591
    expect(isSimilarNameCandidate('acme trading', 'acme trading shanghai', 0.55)).toBe(true);
    // Equal distinctive names are not enough: these full keys share 2 of 12 trigrams (0.167).
    expect(distinctiveNameOf('上海鑫康科技')).toBe(distinctiveNameOf('鑫康科技上海'));
    expect(isSimilarNameCandidate('上海鑫康科技', '鑫康科技上海', MIN_SIMILAR_NAME_THRESHOLD)).toBe(false);
  });

  it('matches identical keys at any threshold', () => {
    for (const key of ['acme', 'shanghai technology', '上海鑫康科技', 'トヨタ']) {
      expect(isSimilarNameCandidate(key, key, 1)).toBe(true);
    }
  });

  it('compares names made only of generic words by their full keys', () => {
    const generic = ['shanghai technology', 'beijing technology', 'shanghai trading', 'china trading', 'china technology', '上海科技', '北京科技'];
    for (const a of generic) {
      for (const b of generic) {
        for (const t of [0.3, 0.5, T]) {
          expect(isSimilarNameCandidate(a, b, t)).toBe(trigramSimilarity(a, b) >= t);
        }
      }
    }
  });

  it('is symmetric, as the evaluation over unordered pairs assumes', () => {
    const keys = ['acme trading', 'acme tradng', 'acme', 'shanghai technology', 'shanghai technolgy', '上海鑫康科技', '鑫康'];
    for (const a of keys) for (const b of keys) expect(isSimilarNameCandidate(a, b, 0.3)).toBe(isSimilarNameCandidate(b, a, 0.3));
  });

  it('treats a misspelt generic word as generic, so a short brand next to it is still found', () => {
    expect(distinctiveNameOf('acme technolgies')).toBe('acme');
    expect(isSimilarNameCandidate('acme technologies', 'acme technolgies', T)).toBe(true);
    expect(isSimilarNameCandidate('adc telecommunications', 'adc telecommunication', T)).toBe(true);
  });
});

describe('words common in the customer base', () => {
  const common = (w: string) => w === 'golden' || w === 'star';

  it('leave the distinctive name, which never becomes empty', () => {
    expect(withoutCommonWords('xinkang golden', common)).toBe('xinkang');
    expect(withoutCommonWords('golden star', common)).toBe('golden star');
    expect(withoutCommonWords('xinkang golden', () => false)).toBe('xinkang golden');
    expect(distinctiveWordsOf('golden xinkang golden')).toEqual(['golden', 'xinkang']);
  });

  it('keep a misspelt brand a candidate even when a common word is typed correctly', () => {
    expect(isSimilarNameCandidate('shanghai xinkangda golden software', 'shanghai xinkangde golden software', 0.65, common)).toBe(true);
  });

  it('find a transposition inside a short lone brand, which the trigram candidates missed', () => {
    expect(isSimilarNameCandidate('shanghai xinkagn golden software', 'shanghai xinkang golden software', 0.65, common)).toBe(true);
  });

  it('stop a shared common word from making two brands look alike in the candidate stage', () => {
    const withWord = trigramSimilarity('huameitai golden', 'zhongbo golden');
    const without = trigramSimilarity(withoutCommonWords('huameitai golden', common), withoutCommonWords('zhongbo golden', common));
    expect(withWord).toBeGreaterThan(0.25);
    expect(without).toBe(0);
  });
});
