/**
 * Words within one edit of each other share a variant: the word itself or the word with one
 * letter left out ("xinkangtai" and "xinkangtay" share "xinkangta"; "xinkagn" and "xinkang"
 * share "xinkan"). A name's variants are those of its words, so two names share one exactly when
 * a word of one is within one edit (a change, an extra or missing letter, two letters swapped) of
 * a word of the other. Short words (under five letters, two Chinese characters) have only
 * themselves: one edit turns them into other words ("ball"/"pall"). Letters are code points.
 *
 * The database indexes the same variants of every customer's distinctive name
 * (berth_name_variants, a GIN index), so the similar-name search looks up a few exact strings
 * instead of scanning trigram lists that every name shares; the two must stay the same function.
 */
export const MIN_VARIANT_WORD_LENGTH = 5;

/** A word and, when long enough, the word with each one of its letters left out. */
export function wordVariants(word: string): string[] {
  const letters = [...word];
  if (letters.length < MIN_VARIANT_WORD_LENGTH) return [word];
  return [word, ...letters.map((_, i) => letters.slice(0, i).join('') + letters.slice(i + 1).join(''))];
}

/** The variants of every word of a name (its words space-separated), each once. */
export function nameVariants(name: string): string[] {
  return [...new Set(name.split(' ').filter((w) => w !== '').flatMap(wordVariants))];
}

/** Whether some word of one name is within one edit of some word of the other. */
export function shareNameVariant(a: string, b: string): boolean {
  const ofB = new Set(nameVariants(b));
  return nameVariants(a).some((v) => ofB.has(v));
}

/**
 * Whether every word of the name with fewer words comes within one edit of some word of the other
 * ("harbour" / "harbor textiles"); with as many words on both sides, either side's words may.
 */
export function wordsPair(a: string, b: string): boolean {
  const wordsA = [...new Set(a.split(' ').filter((w) => w !== ''))];
  const wordsB = [...new Set(b.split(' ').filter((w) => w !== ''))];
  const allPair = (words: string[], other: string) => words.length > 0 && words.every((w) => shareNameVariant(w, other));
  if (wordsA.length !== wordsB.length) return wordsA.length < wordsB.length ? allPair(wordsA, b) : allPair(wordsB, a);
  return allPair(wordsA, b) || allPair(wordsB, a);
}
