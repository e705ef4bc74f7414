import { withoutCommonWords } from './common-words';
import { distinctiveNameOf } from './distinctive-name';
import { trigramSimilarity } from './trigram';

/**
 * Stage one of the similar-name search. The server first finds candidates whose distinctive
 * names (distinctiveNameOf) are at least this similar to the input's, through a trigram index
 * on the distinctive names: cheap, because they are short and their trigrams are rare, unlike
 * those of "shanghai" or "technology". Stage two keeps the candidates whose full keys reach the
 * rule's threshold, with trigramSimilarity on the full keys, so scores and explanations mean
 * what they meant before. 0.3 is pg_trgm's own default and the lowest threshold an admin may
 * set: two names that share less than that of their brand are not the same company misspelt.
 */
export const CANDIDATE_SIMILARITY = 0.3;

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
  if (trigramSimilarity(inputDistinctive, existingDistinctive) < CANDIDATE_SIMILARITY) return false;
  return trigramSimilarity(inputKey, existingKey) >= threshold;
}
