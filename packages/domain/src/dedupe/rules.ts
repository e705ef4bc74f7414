import { fieldProblem, type FieldProblem } from '../errors';
import {
  DUPLICATE_ACTIONS,
  DUPLICATE_DIMENSIONS,
  METHODS_BY_DIMENSION,
  type DuplicateAction,
  type DuplicateDimension,
  type MatchMethod,
} from './dimensions';

export interface DuplicateRule {
  dimension: DuplicateDimension;
  method: MatchMethod;
  enabled: boolean;
  action: DuplicateAction;
}

export interface DuplicateRules {
  rules: DuplicateRule[];
  similarNameThreshold: number;
}

/** The lowest threshold an admin may set: pg_trgm's own default, below which names share little more than a word. */
export const MIN_SIMILAR_NAME_THRESHOLD = 0.3;

/**
 * PRODUCT.md defaults: every dimension on; an exact match blocks, a similar name only warns.
 * The threshold 0.65 sits where pg_trgm's score separates typos from false friends for names
 * of everyday length: a letter dropped from a two-word name ("acme tradng", 0.67) still warns,
 * while two names sharing one long generic word and differing in a short distinctive one
 * ("abc international" / "xyz international", 0.64) do not. It leans to precision because false
 * warnings grow with the number of customers and true duplicates do not; docs/benchmarks.md
 * has the reasoning and the measurements.
 */
export const DEFAULT_DUPLICATE_RULES: DuplicateRules = {
  rules: [
    { dimension: 'NAME', method: 'EXACT', enabled: true, action: 'BLOCK' },
    { dimension: 'NAME', method: 'SIMILAR', enabled: true, action: 'WARN' },
    { dimension: 'EMAIL', method: 'EXACT', enabled: true, action: 'BLOCK' },
    { dimension: 'PHONE', method: 'EXACT', enabled: true, action: 'BLOCK' },
    { dimension: 'DOMAIN', method: 'EXACT', enabled: true, action: 'BLOCK' },
  ],
  similarNameThreshold: 0.65,
};

/** Every (dimension, method) pair an admin must configure, e.g. "NAME SIMILAR". */
export const DUPLICATE_RULE_SLOTS: readonly string[] = DUPLICATE_DIMENSIONS.flatMap((d) =>
  METHODS_BY_DIMENSION[d].map((m) => slotOf(d, m)),
);

/** Field problems of an admin's edit: a threshold in [0.3, 1] and exactly one rule per slot. */
export function validateDuplicateRules(rules: DuplicateRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const t = rules.similarNameThreshold;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < MIN_SIMILAR_NAME_THRESHOLD || t > 1) {
    problems.push(fieldProblem('similarNameThreshold', 'BETWEEN', { min: MIN_SIMILAR_NAME_THRESHOLD, max: 1 }));
  }
  const seen = new Set<string>();
  rules.rules.forEach((rule, i) => {
    const problem = ruleProblem(rule, seen, `rules.${i}`);
    if (problem) problems.push(problem);
  });
  for (const slot of DUPLICATE_RULE_SLOTS) {
    if (!seen.has(slot)) problems.push(fieldProblem('rules', 'NEEDS_RULE_FOR', { slot }));
  }
  return problems;
}

function ruleProblem(rule: DuplicateRule, seen: Set<string>, path: string): FieldProblem | null {
  if (!DUPLICATE_DIMENSIONS.includes(rule.dimension)) return fieldProblem(`${path}.dimension`, 'NOT_AN_OPTION');
  // A dimension is matched only in the ways that suit it (a phone exactly, a name also by similarity).
  if (!METHODS_BY_DIMENSION[rule.dimension].includes(rule.method)) return fieldProblem(`${path}.method`, 'NOT_AN_OPTION');
  if (!DUPLICATE_ACTIONS.includes(rule.action)) return fieldProblem(`${path}.action`, 'NOT_AN_OPTION');
  if (typeof rule.enabled !== 'boolean') return fieldProblem(`${path}.enabled`, 'NOT_A_BOOLEAN');
  const slot = slotOf(rule.dimension, rule.method);
  if (seen.has(slot)) return fieldProblem(path, 'LISTED_TWICE', { value: slot });
  seen.add(slot);
  return null;
}

/** The rule an admin set for one (dimension, method), if any. */
export function ruleFor(rules: DuplicateRules, dimension: DuplicateDimension, method: MatchMethod): DuplicateRule | undefined {
  return rules.rules.find((r) => r.dimension === dimension && r.method === method);
}

function slotOf(dimension: DuplicateDimension, method: MatchMethod): string {
  return `${dimension} ${method}`;
}
