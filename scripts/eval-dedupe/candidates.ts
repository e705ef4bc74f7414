import {
  isSimilarNameCandidate,
  COMMON_WORD_MIN_CUSTOMERS,
  distinctiveNameOf,
  distinctiveWordsOf,
  similarityOfCounts,
  trigramsOf,
  type DuplicateDimension,
  type DuplicateKeys,
  type MatchEvidence,
} from '../../packages/domain/src';
import { pairKey, pairsWithin } from './pairs';

/** Evidence per record pair, as the matcher reports it when either record is checked against the other. */
export type EvidenceByPair = Map<string, MatchEvidence[]>;

function addEvidence(out: EvidenceByPair, a: string, b: string, evidence: MatchEvidence) {
  const key = pairKey(a, b);
  const list = out.get(key);
  if (list) list.push(evidence);
  else out.set(key, [evidence]);
}

function groupIds(entries: Iterable<[string, string]>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [value, id] of entries) {
    const ids = groups.get(value);
    if (ids) ids.push(id);
    else groups.set(value, [id]);
  }
  return groups;
}

function* keyValues(keys: Map<string, DuplicateKeys>, dimension: DuplicateDimension): Generator<[string, string]> {
  for (const [id, k] of keys) {
    const values = { NAME: k.name === '' ? [] : [k.name], EMAIL: k.emails, PHONE: k.phones, DOMAIN: k.domains }[dimension];
    for (const value of values) yield [value, id];
  }
}

/** Exact matches: records sharing a normalised key of `dimension` (a btree equality lookup in the database). */
export function addExactMatches(out: EvidenceByPair, keys: Map<string, DuplicateKeys>, dimension: DuplicateDimension) {
  for (const [value, ids] of groupIds(keyValues(keys, dimension))) {
    for (const [a, b] of pairsWithin(ids)) {
      addEvidence(out, a, b, { dimension, method: 'EXACT', inputValue: value, existingValue: value, score: 1 });
    }
  }
}

/** How many records hold each email, phone and domain key, by "DIMENSION:key". */
export function keyHolders(keys: Map<string, DuplicateKeys>): Map<string, number> {
  const holders = new Map<string, number>();
  for (const dimension of ['EMAIL', 'PHONE', 'DOMAIN'] as const) {
    for (const [value, ids] of groupIds(keyValues(keys, dimension))) holders.set(`${dimension}:${value}`, ids.length);
  }
  return holders;
}

/**
 * How similar names are found: 'two-stage' is the product's rule (isSimilarNameCandidate: the
 * distinctive names are candidates, then the full keys reach the threshold); 'full-key' is the
 * earlier rule (the full keys alone), kept to show what the faster search costs in recall.
 */
export type SimilarNameSearch = 'two-stage' | 'full-key';

/** Similar names scoring at least `minScore` under `search`; identical names score 1. */
export function addSimilarNames(out: EvidenceByPair, keys: Map<string, DuplicateKeys>, minScore: number, search: SimilarNameSearch) {
  const idsByName = groupIds(keyValues(keys, 'NAME'));
  const evidence = (a: string, b: string, score: number): MatchEvidence => ({
    dimension: 'NAME', method: 'SIMILAR', inputValue: a, existingValue: b, score,
  });
  for (const [name, ids] of idsByName) {
    for (const [x, y] of pairsWithin(ids)) addEvidence(out, x, y, evidence(name, name, 1));
  }
  // Word counts as the product keeps them once every record is stored (one per record).
  const wordCounts = new Map<string, number>();
  for (const key of keys.values()) {
    for (const w of distinctiveWordsOf(distinctiveNameOf(key.name))) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  }
  const isCommon = (w: string) => (wordCounts.get(w) ?? 0) >= COMMON_WORD_MIN_CUSTOMERS;
  for (const [a, b, score] of similarNamePairs([...idsByName.keys()], minScore)) {
    if (search === 'two-stage' && !isSimilarNameCandidate(a, b, minScore, isCommon)) continue;
    for (const x of idsByName.get(a)!) for (const y of idsByName.get(b)!) addEvidence(out, x, y, evidence(a, b, score));
  }
}

/**
 * Pairs of distinct names whose full keys score at least `minScore`, through an inverted index
 * on trigrams: only names that share a trigram are ever compared. Every pair the two-stage rule
 * accepts is among them, because its second stage is this very condition.
 */
function* similarNamePairs(names: string[], minScore: number): Generator<[string, string, number]> {
  const trigrams = names.map((n) => [...trigramsOf(n)]);
  const postings = new Map<string, number[]>();
  for (let i = 0; i < names.length; i++) {
    const shared = new Map<number, number>();
    for (const t of trigrams[i]) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
      list.push(i);
    }
    for (const [j, count] of shared) {
      const score = similarityOfCounts(count, trigrams[i].length, trigrams[j].length);
      if (score >= minScore) yield [names[j], names[i], score];
    }
  }
}
