import type { DuplicateAction, DuplicateDemotion, DuplicateDimension, DuplicateVerdict, MatchMethod } from './dimensions';
import type { CustomerAlias } from '../customer-aliases';
import { ruleFor, type DuplicateRules } from './rules';

/** Why two customers match: the two normalised values, the method and its score (1 for exact). */
export interface MatchEvidence {
  dimension: DuplicateDimension;
  method: MatchMethod;
  inputValue: string;
  existingValue: string;
  score: number;
  /** Set when the rule blocks but the facts beside this match disagree, so it only warns (demotions.ts). */
  demotedBecause?: DuplicateDemotion | null;
  /** For SHARED_KEY: how many existing customers hold this key. */
  sharedBy?: number | null;
  /** The existing customer's alias that matched, when the match is not on its own name. */
  existingAlias?: CustomerAlias | null;
  /** For a similar name: each distinctive word of the shorter name with the word of the other it is within one edit of, when all pair. */
  pairedWords?: { input: string; existing: string }[] | null;
}

const RANK: Record<DuplicateVerdict, number> = { CLEAR: 0, WARN: 1, BLOCK: 2 };

/**
 * The action a piece of evidence triggers, or null when its rule is off or the score is under the
 * threshold. A demoted piece warns where its rule would block.
 */
export function actionFor(evidence: MatchEvidence, rules: DuplicateRules): DuplicateAction | null {
  const rule = ruleFor(rules, evidence.dimension, evidence.method);
  if (!rule || !rule.enabled) return null;
  if (evidence.method === 'SIMILAR' && evidence.score < rules.similarNameThreshold) return null;
  return rule.action === 'BLOCK' && evidence.demotedBecause ? 'WARN' : rule.action;
}

/** The verdict for one existing customer: its strongest piece of evidence decides. */
export function verdictOf(evidence: MatchEvidence[], rules: DuplicateRules): DuplicateVerdict {
  return overallVerdict(evidence.map((e) => actionFor(e, rules) ?? 'CLEAR'));
}

/** The verdict of a whole check: the strongest over all matched customers; CLEAR when none. */
export function overallVerdict(verdicts: DuplicateVerdict[]): DuplicateVerdict {
  return verdicts.reduce<DuplicateVerdict>((best, v) => (RANK[v] > RANK[best] ? v : best), 'CLEAR');
}
