import { BRANCH_WORDS, CHINESE_PLACE_SUFFIXES, GENERIC_PLACES } from './generic-name-words';
import { endsWithLegalForm } from './legal-form-stripping';
import { toNameText, toNameWords } from './name-text';

/**
 * What people write after a company's name that is not part of it, cut from the text before it
 * becomes words (commas, brackets and dashes are gone afterwards):
 * - an inverted article: "Palm, The" is "The Palm";
 * - whatever follows a legal form and a comma, the register's way of adding the seat or an
 *   address: "Acme N.V., Arnhem" is "Acme N.V.";
 * - a trailing branch or place qualifier, in brackets or after a spaced dash, when it names only
 *   places or a branch: "Spago (Los Angeles)" and "Hilton - London" are "Spago" and "Hilton".
 *   A qualifier that says anything else stays ("Metropolitan Family Services - Midway Children's
 *   Center" names a site), and so does a dash inside a word ("Coca-Cola").
 * A name that would be left empty is returned as it was.
 */
export function withoutQualifiers(text: string): string {
  let rest = text.replace(INVERTED_ARTICLE, '');
  rest = beforeSeatAfterLegalForm(rest);
  for (;;) {
    const qualifier = TRAILING_QUALIFIER.exec(rest);
    if (!qualifier || !isPlaceOrBranch(qualifier[1] ?? qualifier[2])) break;
    rest = rest.slice(0, qualifier.index);
  }
  return toNameText(rest) === '' ? text : rest;
}

const INVERTED_ARTICLE = /[,，]\s*the\s*$/i;
// "(…)" or "（…）" at the end, or " - …" / " – …" / " — …" at the end (spaces around the dash).
const TRAILING_QUALIFIER = /\s*(?:[(（]([^()（）]*)[)）]|\s[-–—]\s+([^-–—]+))\s*$/u;
const COMMA = /[,，]/g;

/** Commas looked at from the end: a seat and an address take a few at most, and a long name stays linear. */
const SEAT_COMMAS = 3;

/** The text up to the last comma that follows a legal form ("Acme Co., Ltd., Shanghai" → "Acme Co., Ltd."). */
function beforeSeatAfterLegalForm(text: string): string {
  const commas = [...text.matchAll(COMMA)].map((m) => m.index);
  for (let i = commas.length - 1; i >= Math.max(0, commas.length - SEAT_COMMAS); i--) {
    const before = text.slice(0, commas[i]);
    const words = toNameWords(before);
    // Something must stay besides the form: "Co., Ltd." alone is not a name with a seat.
    if (words.length > 1 && endsWithLegalForm(words) && toNameText(text.slice(commas[i] + 1)) !== '') return before;
  }
  return text;
}

interface Places {
  latin: Set<string>;
  longestLatin: number;
  cjk: Set<string>;
}

const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let compiled: Places | undefined;

// Places here are where a company is, not its scope: "Acme (International)" keeps its word.
function places(): Places {
  if (compiled) return compiled;
  const { scope: _scope, ...where } = GENERIC_PLACES;
  const all = [...Object.values(where).flat(), ...BRANCH_WORDS];
  const latin = all.filter((p) => !HAS_CJK.test(p)).map((p) => toNameWords(p).join(' '));
  const cjk = all.filter((p) => HAS_CJK.test(p)).map(toNameText).flatMap((p) => [p, ...CHINESE_PLACE_SUFFIXES.map((s) => p + s)]);
  compiled = { latin: new Set(latin), longestLatin: Math.max(...latin.map((p) => p.split(' ').length)), cjk: new Set(cjk) };
  return compiled;
}

/** Whether a qualifier's words are all places or branch words ("Los Angeles", "Beijing Branch", "北京"). */
function isPlaceOrBranch(qualifier: string): boolean {
  const words = toNameWords(qualifier);
  if (!words.length) return false;
  const { latin, longestLatin, cjk } = places();
  for (let i = 0; i < words.length; ) {
    if (cjk.has(words[i])) {
      i += 1;
      continue;
    }
    let n = Math.min(longestLatin, words.length - i);
    while (n > 0 && !latin.has(words.slice(i, i + n).join(' '))) n--;
    if (n === 0) return false;
    i += n;
  }
  return true;
}
