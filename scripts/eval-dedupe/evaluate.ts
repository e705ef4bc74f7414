import {
  actionFor,
  duplicateKeysOf,
  verdictOf,
  withDemotions,
  type DemotionFacts,
  type DuplicateDimension,
  type DuplicateKeys,
  type DuplicateRules,
  type DuplicateVerdict,
  type MatchMethod,
} from '../../packages/domain/src';
import { addExactMatches, addSimilarNames, keyHolders, type EvidenceByPair, type SimilarNameSearch } from './candidates';
import type { Dataset } from './datasets';
import { score, without, type Score } from './metrics';

/** The lowest threshold an admin can set; evidence is gathered once at it and filtered per threshold. */
export const SWEEP_FLOOR = 0.3;

export interface Prepared {
  dataset: Dataset;
  search: SimilarNameSearch;
  keys: Map<string, DuplicateKeys>;
  evidence: EvidenceByPair;
  truth: Set<string>;
  /** How many records hold each email, phone and domain key ("PHONE:+1312…"). */
  holders: Map<string, number>;
}

/** Keys for every record, as the product computes them, and all evidence between records. */
export function prepare(dataset: Dataset, defaultRegion: string, search: SimilarNameSearch): Prepared {
  const keys = new Map(
    dataset.records.map((r) => [
      r.id,
      duplicateKeysOf({ companyName: r.name, website: r.website, email: r.email, phone: r.phone }, { defaultRegion }),
    ]),
  );
  const evidence: EvidenceByPair = new Map();
  for (const dimension of ['NAME', 'EMAIL', 'PHONE', 'DOMAIN'] as const) addExactMatches(evidence, keys, dimension);
  addSimilarNames(evidence, keys, SWEEP_FLOOR, search);
  return { dataset, search, keys, evidence, truth: without(dataset.truth, dataset.excluded), holders: keyHolders(keys) };
}

/**
 * The facts the server gathers for one record checked against another: both records' phones, and
 * how many other records (the "existing customers" when each record is checked against all others)
 * hold a key.
 */
function factsOf(p: Prepared, pair: string): DemotionFacts {
  const [a, b] = pair.split('|');
  return {
    inputPhones: p.keys.get(a)!.phones,
    existingPhones: p.keys.get(b)!.phones,
    sharedBy: (dimension, key) => (p.holders.get(`${dimension}:${key}`) ?? 2) - 1,
  };
}

const demotedByRules = new WeakMap<Prepared, Map<string, EvidenceByPair>>();

/**
 * Each scored pair's evidence with the demotions the product applies under `rules`. They depend on
 * which rules block, not on the threshold, so the sweep's thirteen thresholds share one pass.
 */
export function demotedEvidence(p: Prepared, rules: DuplicateRules): EvidenceByPair {
  const byRules = demotedByRules.get(p) ?? new Map<string, EvidenceByPair>();
  demotedByRules.set(p, byRules);
  const key = JSON.stringify(rules.rules);
  let out = byRules.get(key);
  if (!out) {
    out = new Map();
    for (const [pair, evidence] of p.evidence) {
      if (!p.dataset.excluded.has(pair)) out.set(pair, withDemotions(evidence, factsOf(p, pair), rules));
    }
    byRules.set(key, out);
  }
  return out;
}

/** Each scored pair's verdict under `rules`, demotions applied. */
function verdicts(p: Prepared, rules: DuplicateRules): Map<string, DuplicateVerdict> {
  const out = new Map<string, DuplicateVerdict>();
  for (const [pair, evidence] of demotedEvidence(p, rules)) out.set(pair, verdictOf(evidence, rules));
  return out;
}

/** Pairs the check flags (WARN or BLOCK) under `rules`; "don't care" pairs are left out. */
export function predicted(p: Prepared, rules: DuplicateRules): Set<string> {
  const out = new Set<string>();
  for (const [pair, verdict] of verdicts(p, rules)) if (verdict !== 'CLEAR') out.add(pair);
  return out;
}

/** The flagged pairs by verdict: a BLOCK stops the save, a WARN asks the user to confirm. */
export function predictedByVerdict(p: Prepared, rules: DuplicateRules): { BLOCK: Set<string>; WARN: Set<string> } {
  const out = { BLOCK: new Set<string>(), WARN: new Set<string>() };
  for (const [pair, verdict] of verdicts(p, rules)) if (verdict !== 'CLEAR') out[verdict].add(pair);
  return out;
}

/** Pairs one rule alone flags, to show what each dimension contributes. */
export function predictedBy(p: Prepared, rules: DuplicateRules, dimension: DuplicateDimension, method: MatchMethod): Set<string> {
  const out = new Set<string>();
  for (const [pair, evidence] of p.evidence) {
    if (p.dataset.excluded.has(pair)) continue;
    const fires = evidence.some((e) => e.dimension === dimension && e.method === method && actionFor(e, rules) !== null);
    if (fires) out.add(pair);
  }
  return out;
}

export function withThreshold(rules: DuplicateRules, similarNameThreshold: number): DuplicateRules {
  return { ...rules, similarNameThreshold };
}

export function withRuleOff(rules: DuplicateRules, dimension: DuplicateDimension): DuplicateRules {
  return { ...rules, rules: rules.rules.map((r) => (r.dimension === dimension ? { ...r, enabled: false } : r)) };
}

export function scoreOf(p: Prepared, pairs: Set<string>): Score {
  return score(pairs, p.truth);
}
