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

/**
 * Removes legal forms from the end (and Chinese/Japanese ones from the start) until none is left;
 * a Latin form written out in two or more words goes from the start too ("Naamloze Vennootschap
 * Acme", "Société Anonyme Acme"), where a short one would be a word of the name ("SA Power").
 */
export function stripLegalForms(words: string[]): string[] {
  let rest = dropLeadingThe(words);
  for (;;) {
    const next = dropLeadingThe(stripLeadingWords(stripCjkAffix(stripTrailingWords(rest))));
    if (next.length === rest.length && next.every((w, i) => w === rest[i])) return rest;
    rest = next;
  }
}

/** Whether the words end in a Latin-script legal form ("acme n v" → no, "acme nv" → yes). */
export function endsWithLegalForm(words: string[]): boolean {
  return stripTrailingWords(words).length < words.length;
}

/**
 * Initials written with spaces run into a legal form written the same way: "D S M N. V." reads
 * as the one word "dsmnv". When the initials before the form are at least two letters, the form
 * is split off so that it is stripped like "DSM N.V." ("dsm nv"). `letters` is how many single
 * letters were joined into the last word.
 */
export function splitFormFromInitials(words: string[], letters: number): string[] {
  const last = words.at(-1);
  if (!last || letters < 4 || last.length !== letters) return words;
  const { words: forms } = compiledForms();
  for (let n = Math.min(4, letters - 2); n >= 2; n--) {
    if (forms.has(last.slice(-n))) return [...words.slice(0, -1), last.slice(0, -n), last.slice(-n)];
  }
  return words;
}

function stripLeadingWords(words: string[]): string[] {
  const { words: forms, longestWordCount } = compiledForms();
  for (let n = Math.min(longestWordCount, words.length - 1); n >= 2; n--) {
    if (forms.has(words.slice(0, n).join(' '))) return words.slice(n);
  }
  return words;
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
