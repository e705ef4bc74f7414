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
  return pairedWords(a, b) !== null;
}

/**
 * The words `wordsPair` paired, as [word of a, word of b] in the order of the shorter name's words,
 * each with the first word of the other within one edit; null when they do not all pair. What the
 * evidence of a similar name shows ("harbour" ≈ "harbor", "textile" ≈ "textiles").
 */
export function pairedWords(a: string, b: string): [string, string][] | null {
  const wordsA = [...new Set(a.split(' ').filter((w) => w !== ''))];
  const wordsB = [...new Set(b.split(' ').filter((w) => w !== ''))];
  const pairsOf = (words: string[], others: string[]) => {
    const pairs = words.map((w) => [w, others.find((o) => shareNameVariant(w, o))] as const);
    return pairs.length > 0 && pairs.every(([, o]) => o !== undefined) ? pairs.map(([w, o]) => [w, o!] as [string, string]) : null;
  };
  const flipped = (pairs: [string, string][] | null) => pairs?.map(([x, y]) => [y, x] as [string, string]) ?? null;
  if (wordsA.length < wordsB.length) return pairsOf(wordsA, wordsB);
  if (wordsB.length < wordsA.length) return flipped(pairsOf(wordsB, wordsA));
  return pairsOf(wordsA, wordsB) ?? flipped(pairsOf(wordsB, wordsA));
}
