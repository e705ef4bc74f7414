import { BRACKETED_JAPANESE_FORMS, LEGAL_FORMS } from './legal-forms';
import { toNameText, toNameWords } from './name-text';

interface CompiledForms {
  /** Latin-script forms as space-joined word sequences, removed only as whole trailing words. */
  words: Set<string>;
  longestWordCount: number;
  /** Chinese/Japanese forms, removed as affixes of the first or last word, longest first. */
  affixes: string[];
}

const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let compiled: CompiledForms | undefined;

// Compiled on first use so that the table and the pipeline can never disagree on a spelling.
function compiledForms(): CompiledForms {
  if (compiled) return compiled;
  const all = Object.values(LEGAL_FORMS).flat();
  const words = all.filter((f) => !HAS_CJK.test(f)).map((f) => toNameWords(f).join(' '));
  const affixes = all.filter((f) => HAS_CJK.test(f)).map(toNameText);
  compiled = {
    words: new Set(words),
    longestWordCount: Math.max(...words.map((w) => w.split(' ').length)),
    affixes: [...new Set(affixes)].sort((a, b) => b.length - a.length),
  };
  return compiled;
}

const BRACKETED = /[(（]\s*([株有同資名])\s*[)）]/g;

/** "(株)" and "㈱" → " 株式会社 ", so the full form is stripped by the usual rule. */
export function expandBracketedForms(raw: string): string {
  return raw.normalize('NFKC').replace(BRACKETED, (whole, c: string) => ` ${BRACKETED_JAPANESE_FORMS[c] ?? whole} `);
}

/** Removes legal forms from the end (and Chinese/Japanese ones from the start) until none is left. */
export function stripLegalForms(words: string[]): string[] {
  let rest = dropLeadingThe(words);
  for (;;) {
    const next = dropLeadingThe(stripCjkAffix(stripTrailingWords(rest)));
    if (next.length === rest.length && next.every((w, i) => w === rest[i])) return rest;
    rest = next;
  }
}

function dropLeadingThe(words: string[]): string[] {
  return words[0] === 'the' ? words.slice(1) : words;
}

function stripTrailingWords(words: string[]): string[] {
  const { words: forms, longestWordCount } = compiledForms();
  for (let n = Math.min(longestWordCount, words.length); n >= 1; n--) {
    if (forms.has(words.slice(-n).join(' '))) return words.slice(0, -n);
  }
  return words;
}

function stripCjkAffix(words: string[]): string[] {
  if (words.length === 0) return words;
  const first = words[0];
  const last = words[words.length - 1];
  for (const affix of compiledForms().affixes) {
    if (last.endsWith(affix)) return replaceWord(words, words.length - 1, last.slice(0, -affix.length));
    if (first.startsWith(affix)) return replaceWord(words, 0, first.slice(affix.length));
  }
  return words;
}

function replaceWord(words: string[], index: number, word: string): string[] {
  const copy = [...words];
  if (word === '') copy.splice(index, 1);
  else copy[index] = word;
  return copy;
}
