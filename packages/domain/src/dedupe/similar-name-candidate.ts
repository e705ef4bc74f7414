import { withoutCommonWords } from './common-words';
import { distinctiveNameOf } from './distinctive-name';
import { shareNameVariant, wordsPair } from './name-variants';
import { trigramSimilarity } from './trigram';

/**
 * How alike two distinctive names must be to be candidates when not every word pairs: their
 * trigram similarity ("november pool" / "october pool" share a word but only 0.4 of their
 * trigrams, and stay apart). An admin who sets the rule's threshold lower gets that lower bar.
 */
export const CORE_SIMILARITY = 0.5;

export function coreSimilarityFor(threshold: number): number {
  return Math.min(CORE_SIMILARITY, threshold);
}

/**
 * Stage one on two distinctive names: they share a word within one edit (what the database's
 * index of word variants finds), and either every word of the shorter pairs with a word of the
 * other within one edit, or the two are at least `coreBar` similar by trigrams.
 */
export function areCandidateCores(a: string, b: string, coreBar: number): boolean {
  if (!shareNameVariant(a, b)) return false;
  return wordsPair(a, b) || trigramSimilarity(a, b) >= coreBar;
}

/**
 * The server's two-stage similar-name query as a pure predicate (symmetric in its two keys).
 * Stage one: the distinctive names (without common words) are candidates (areCandidateCores),
 * found through an index of their words' variants (name-variants.ts). Stage two: the full keys
 * reach `threshold`, so scores and explanations mean what they meant before. Measured on the
 * evaluation data against the trigram candidates it replaced (distinctive names at least 0.5
 * similar): see docs/benchmarks.md.
 */
export function isSimilarNameCandidate(
  inputKey: string,
  existingKey: string,
  threshold: number,
  isCommonWord: (word: string) => boolean = () => false,
): boolean {
  // A name made only of generic words ("shanghai technology") is its own distinctive name, so
  // stage one then compares its full key: with other such names' full keys, and with the
  // distinctive names of the rest. Words common in the customer base leave both sides.
  const inputDistinctive = withoutCommonWords(distinctiveNameOf(inputKey), isCommonWord);
  const existingDistinctive = withoutCommonWords(distinctiveNameOf(existingKey), isCommonWord);
  if (!areCandidateCores(inputDistinctive, existingDistinctive, coreSimilarityFor(threshold))) return false;
  return trigramSimilarity(inputKey, existingKey) >= threshold;
}
