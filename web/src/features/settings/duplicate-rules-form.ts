import {
  DUPLICATE_DIMENSIONS,
  MIN_SIMILAR_NAME_THRESHOLD,
  validateDuplicateRules,
  type DuplicateRule,
  type DuplicateRules,
  type FieldProblem,
} from '@berth/domain';
import { phraseProblem, type FieldErrors } from '../../shared/forms/field-errors';
import { DIMENSION_LABELS, METHOD_LABELS } from '../duplicates/duplicate-labels';

export type { DuplicateRule, DuplicateRules };

/** What the form edits; the threshold is text so a half-typed "0." stays on screen. */
export interface RulesFormValues {
  rules: DuplicateRule[];
  similarNameThreshold: string;
}

export const THRESHOLD_MIN = MIN_SIMILAR_NAME_THRESHOLD;
export const THRESHOLD_MAX = 1;
export const THRESHOLD_LABEL = 'Similar-name threshold';

export function ruleLabel(rule: Pick<DuplicateRule, 'dimension' | 'method'>): string {
  return `${DIMENSION_LABELS[rule.dimension]} (${METHOD_LABELS[rule.method].toLowerCase()})`;
}

/** Rows in a stable order (name first, exact before similar), whatever order the server keeps them in. */
export function toFormValues(rules: DuplicateRules): RulesFormValues {
  const rank = (r: DuplicateRule) => DUPLICATE_DIMENSIONS.indexOf(r.dimension) * 2 + (r.method === 'EXACT' ? 0 : 1);
  return {
    rules: [...rules.rules].sort((a, b) => rank(a) - rank(b)).map(({ dimension, method, enabled, action }) => ({ dimension, method, enabled, action })),
    similarNameThreshold: String(rules.similarNameThreshold),
  };
}

/** The input as the server takes it, rules in the order shown so `rules.2` means the third row. */
export function toRulesInput(values: RulesFormValues): DuplicateRules {
  const threshold = values.similarNameThreshold.trim();
  return { rules: values.rules.map((rule) => ({ ...rule })), similarNameThreshold: threshold === '' ? Number.NaN : Number(threshold) };
}

/** The domain's own rules for an admin's edit, phrased for this form. */
export function validateRulesForm(values: RulesFormValues): FieldErrors {
  return placeRuleProblems(validateDuplicateRules(toRulesInput(values)), values.rules).fields;
}

const RULE_PART_LABELS: Record<string, string> = { action: 'action', enabled: 'switch', method: 'method', dimension: 'check' };

/**
 * Places BAD_USER_INPUT problems: `similarNameThreshold` under the threshold, `rules.2.action`
 * under the third row's action, `rules.2` under the third row; anything the form has no place
 * for (`rules`, unknown paths) is returned to show above the table.
 */
export function placeRuleProblems(problems: FieldProblem[], rules: DuplicateRule[]): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const problem of problems) {
    const { field } = problem;
    const [head, index, part] = field.split('.');
    const rule = head === 'rules' && index !== undefined ? rules[Number(index)] : undefined;
    let key: string | null = null;
    let label = '';
    if (field === 'similarNameThreshold') [key, label] = [field, THRESHOLD_LABEL];
    else if (rule) {
      key = part === 'action' || part === 'enabled' ? `rules.${index}.${part}` : `rules.${index}`;
      label = part && RULE_PART_LABELS[part] ? `${ruleLabel(rule)} ${RULE_PART_LABELS[part]}` : ruleLabel(rule);
    }
    if (!label) label = head === 'rules' ? (index !== undefined ? `Rule ${Number(index) + 1}` : 'Rules') : field;
    const text = phraseProblem(label, problem);
    if (key === null) general.push(text);
    else if (!(key in fields)) fields[key] = text;
  }
  return { fields, general };
}
