import { withoutCommonWords } from './common-words';
import { distinctiveNameOf } from './distinctive-name';
import { trigramSimilarity } from './trigram';

/**
 * Stage one of the similar-name search. The server first finds candidates whose distinctive
 * names (distinctiveNameOf, without common words) are at least this similar to the input's,
 * through a trigram index on the distinctive names. Stage two keeps the candidates whose full
 * keys reach the rule's threshold, so scores and explanations mean what they meant before.
 * The index counts shared trigrams, so a low bar lets every name that merely starts like the
 * input through ("hua…" for "huameitai"); 0.5 keeps lookups to a few hundred rows on a million
 * customers. Its cost: a typo inside a short, lone brand ("xinkagn" for "xinkang") is not
 * offered (0.4 points of recall on the evaluation data). An admin who sets the rule's threshold
 * lower gets that lower bar here too (candidateSimilarityFor).
 */
export const CANDIDATE_SIMILARITY = 0.5;

/** The candidate bar for a rule threshold: never stricter than the rule itself. */
export function candidateSimilarityFor(threshold: number): number {
  return Math.min(CANDIDATE_SIMILARITY, threshold);
}

/**
 * The server's two-stage similar-name query as a pure predicate (symmetric in its two keys):
 * the distinctive names are candidates for each other, and the full keys reach `threshold`.
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
  if (trigramSimilarity(inputDistinctive, existingDistinctive) < candidateSimilarityFor(threshold)) return false;
  return trigramSimilarity(inputKey, existingKey) >= threshold;
}
