/**
 * The text pipeline shared by company names and the legal-form table: it turns what people type
 * into lower-case words of letters and digits, so that spelling variants compare equal.
 */

// Letters that NFD does not decompose into a base letter plus an accent.
const LATIN_LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};
const LIGATURE = new RegExp(`[${Object.keys(LATIN_LIGATURES).join('')}]`, 'g');
// Only the combining accents used by Latin, Greek and Cyrillic: Japanese voicing marks
// (U+3099/309A) change the word, so ガ must not become カ.
const COMBINING_ACCENT = /[\u0300-\u036f]/g;
// An apostrophe joins ("McDonald's" = "McDonalds") instead of splitting a word in two.
const APOSTROPHE = /['’‘`´ʼ]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
// Chinese and Japanese write words without spaces, so a space between two such characters is
// formatting ("中国 平安" = "中国平安"), not a word boundary.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const SPACE_INSIDE_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'gu');
const SINGLE_LETTER = /^[a-z]$/;

/** Lower-case, full-width → half-width, accents stripped, "&" → "and", punctuation → spaces. */
export function toNameText(raw: string): string {
  const folded = raw
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_ACCENT, '')
    .normalize('NFC')
    .replace(LIGATURE, (c) => LATIN_LIGATURES[c] ?? c)
    .replace(APOSTROPHE, '')
    .replace(/&/g, ' and ');
  return folded.replace(NOT_WORD, ' ').trim().replace(SPACE_INSIDE_CJK, '');
}

/** How many single letters end the text ("D S M N. V." → 5): joined by toNameWords into its last word. */
export function trailingSingleLetters(raw: string): number {
  const words = toNameText(raw).split(' ');
  let n = 0;
  while (n < words.length && SINGLE_LETTER.test(words[words.length - 1 - n])) n++;
  return n;
}

/** The words of a name; runs of single letters are joined, so "S.A." = "SA" and "I.B.M." = "IBM". */
export function toNameWords(raw: string): string[] {
  const words = toNameText(raw).split(' ').filter((w) => w !== '');
  const out: string[] = [];
  let previousWasLetter = false;
  for (const word of words) {
    const isLetter = SINGLE_LETTER.test(word);
    if (isLetter && previousWasLetter) out[out.length - 1] += word;
    else out.push(word);
    previousWasLetter = isLetter;
  }
  return out;
}
