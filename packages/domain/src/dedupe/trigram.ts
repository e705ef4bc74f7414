/**
 * pg_trgm, reproduced so that a score shown to a user, the evaluation and the database agree.
 * pg_trgm splits the text into words of letters and digits, lower-cases them, pads each with two
 * spaces in front and one behind, and takes the set of 3-character windows. Characters are
 * counted as code points, as PostgreSQL does in a UTF-8 database (with a UTF-8 ctype; under the
 * "C" ctype PostgreSQL treats non-ASCII letters as separators).
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The set of trigrams pg_trgm's show_trgm() would list for `text`. */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i++) trigrams.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return trigrams;
}

/**
 * similarity(a, b) = |A ∩ B| / |A ∪ B| over the trigram sets, 0 when either set is empty.
 * PostgreSQL computes it in single precision (float4); Math.fround gives the same number, so a
 * score exactly at the threshold falls on the same side here as in the database.
 */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigramsOf(a);
  const tb = trigramsOf(b);
  return similarityOfCounts(countShared(ta, tb), ta.size, tb.size);
}

/** The similarity for two sets of `sizeA` and `sizeB` trigrams that share `shared`. */
export function similarityOfCounts(shared: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  return Math.fround(shared / (sizeA + sizeB - shared));
}

function countShared(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared;
}
