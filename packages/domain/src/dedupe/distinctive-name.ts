import { nearGenericIndex } from './near-generic-word';
import { CHINESE_PLACE_SUFFIXES, GENERIC_HONORIFICS, GENERIC_INDUSTRIES, GENERIC_PLACES, NAME_CONNECTIVES } from './generic-name-words';
import { toNameText, toNameWords } from './name-text';

/** Chinese/Japanese affixes of one kind, looked up by length, longest first. */
interface Affixes {
  set: Set<string>;
  lengths: number[];
}

interface CompiledGenerics {
  /** Latin-script words and phrases, space-joined, dropped only as whole words. */
  phrases: Set<string>;
  longestPhrase: number;
  /** Cut from the start of a Chinese/Japanese run: places ("上海鑫康" → "鑫康"). */
  leading: Affixes;
  /** Cut from its end: industries and places ("鑫康科技" → "鑫康", "腾讯科技深圳" → "腾讯"). */
  trailing: Affixes;
  connectives: Set<string>;
  /** One edit from a single generic word ("tradng"): see near-generic-word.ts. */
  nearGeneric: (word: string) => boolean;
}

const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let compiled: CompiledGenerics | undefined;

/**
 * The brand part of a name key (normalizeCompanyName's output): places and industry words
 * dropped, "guangzhou xinkang golden software" → "xinkang golden", "上海鑫康科技" → "鑫康".
 * Latin words are dropped as whole words or phrases only ("techno", "tradewinds" stay); a
 * Chinese or Japanese run loses known places at its start and industries or places at its end,
 * longest first, until none is left. A joining word next to a dropped one goes too ("acme
 * trading and logistics" → "acme"). When every word is generic the key itself is returned,
 * so a non-empty key never gives '' ("shanghai technology" stays "shanghai technology").
 */
export function distinctiveNameOf(nameKey: string): string {
  const rest = distinctiveWords(nameKey);
  return rest.length === 0 ? nameKey : rest.join(' ');
}

/**
 * True for a non-empty name key made only of places, industries, honorifics and the words that
 * join them ("steak house", "shanghai trading", "royal bistro"): many unrelated companies may
 * carry it, so the name alone does not say which one is meant.
 */
export function isGenericOnlyName(nameKey: string): boolean {
  // Listed words only: a word one edit from a generic one may be a brand ("Expert Software").
  return nameKey.trim() !== '' && distinctiveWords(nameKey, { nearGeneric: false }).length === 0;
}

function distinctiveWords(nameKey: string, opts = { nearGeneric: true }): string[] {
  const words = nameKey.split(' ').filter((w) => w !== '');
  const generic = genericPhraseMask(words);
  const { nearGeneric, connectives } = compiledGenerics();
  const kept = words.map((w, i) => (generic[i] || (opts.nearGeneric && nearGeneric(w)) ? '' : stripCjkGenerics(w)));
  const dangling = (i: number) => connectives.has(words[i]) && (kept[i - 1] === '' || kept[i + 1] === '');
  return kept.filter((w, i) => w !== '' && !dangling(i));
}

/** Which words belong to a generic word or phrase, matching the longest phrase at each position. */
function genericPhraseMask(words: string[]): boolean[] {
  const { phrases, longestPhrase } = compiledGenerics();
  const mask = words.map(() => false);
  for (let i = 0; i < words.length; ) {
    let n = Math.min(longestPhrase, words.length - i);
    while (n > 0 && !phrases.has(words.slice(i, i + n).join(' '))) n--;
    mask.fill(true, i, i + n);
    i += Math.max(n, 1);
  }
  return mask;
}

/** A Chinese/Japanese run without its leading places and trailing industries and places; '' if nothing is left. */
function stripCjkGenerics(word: string): string {
  if (!HAS_CJK.test(word)) return word;
  const { leading, trailing } = compiledGenerics();
  let start = 0;
  let end = word.length;
  for (;;) {
    const head = longestAffix(leading, word, start, end, 'start');
    const tail = head > 0 ? 0 : longestAffix(trailing, word, start, end, 'end');
    if (head === 0 && tail === 0) return word.slice(start, end);
    start += head;
    end -= tail;
  }
}

function longestAffix(affixes: Affixes, word: string, start: number, end: number, at: 'start' | 'end'): number {
  for (const n of affixes.lengths) {
    if (n > end - start) continue;
    if (affixes.set.has(at === 'start' ? word.slice(start, start + n) : word.slice(end - n, end))) return n;
  }
  return 0;
}

// Compiled on first use through the names' own text pipeline, so a list entry and a key never
// disagree on a spelling.
function compiledGenerics(): CompiledGenerics {
  if (compiled) return compiled;
  const places = Object.values(GENERIC_PLACES).flat();
  const industries = Object.values(GENERIC_INDUSTRIES).flat();
  const latin = [...places, ...industries, ...GENERIC_HONORIFICS].filter((w) => !HAS_CJK.test(w)).map((w) => toNameWords(w).join(' '));
  const cjkPlaces = places.filter((w) => HAS_CJK.test(w)).map(toNameText);
  const cjkIndustries = industries.filter((w) => HAS_CJK.test(w)).map(toNameText);
  const placeForms = cjkPlaces.flatMap((p) => [p, ...CHINESE_PLACE_SUFFIXES.map((s) => p + s)]);
  compiled = {
    phrases: new Set(latin),
    longestPhrase: Math.max(...latin.map((p) => p.split(' ').length)),
    leading: affixesOf(placeForms),
    trailing: affixesOf([...placeForms, ...cjkIndustries]),
    connectives: new Set(NAME_CONNECTIVES.map(toNameText)),
    nearGeneric: nearGenericIndex(latin.filter((p) => !p.includes(' '))),
  };
  return compiled;
}

function affixesOf(entries: string[]): Affixes {
  const set = new Set(entries.filter((e) => e !== ''));
  return { set, lengths: [...new Set([...set].map((e) => e.length))].sort((a, b) => b - a) };
}
