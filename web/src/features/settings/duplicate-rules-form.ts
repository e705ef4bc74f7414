import {
  DUPLICATE_DIMENSIONS,
  MIN_SIMILAR_NAME_THRESHOLD,
  validateDuplicateRules,
  type DuplicateRule,
  type DuplicateRules,
  type FieldProblem,
} from '@berth/domain';
import type { Translate } from '../../i18n/translator';
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

/** "Email (exact)": what a row compares and how, as its problems and controls name it. */
export function ruleLabel(rule: Pick<DuplicateRule, 'dimension' | 'method'>, t: Translate): string {
  return t('settings.duplicateRules.rule', { dimension: t(DIMENSION_LABELS[rule.dimension]), method: t(METHOD_LABELS[rule.method]).toLocaleLowerCase() });
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
export function validateRulesForm(values: RulesFormValues, t: Translate): FieldErrors {
  return placeRuleProblems(validateDuplicateRules(toRulesInput(values)), values.rules, t).fields;
}

const RULE_PARTS = ['action', 'enabled', 'method', 'dimension'] as const;
const isRulePart = (part: string | undefined): part is (typeof RULE_PARTS)[number] => (RULE_PARTS as readonly (string | undefined)[]).includes(part);

/**
 * Places BAD_USER_INPUT problems: `similarNameThreshold` under the threshold, `rules.2.action`
 * under the third row's action, `rules.2` under the third row; anything the form has no place
 * for (`rules`, unknown paths) is returned to show above the table.
 */
export function placeRuleProblems(problems: FieldProblem[], rules: DuplicateRule[], t: Translate): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const problem of problems) {
    const { field } = problem;
    const [head, index, part] = field.split('.');
    const rule = head === 'rules' && index !== undefined ? rules[Number(index)] : undefined;
    let key: string | null = null;
    let label = '';
    if (field === 'similarNameThreshold') [key, label] = [field, t('settings.threshold.label')];
    else if (rule) {
      key = part === 'action' || part === 'enabled' ? `rules.${index}.${part}` : `rules.${index}`;
      label = isRulePart(part) ? t(`settings.duplicateRules.rulePart.${part}`, { rule: ruleLabel(rule, t) }) : ruleLabel(rule, t);
    }
    if (!label) {
      if (head !== 'rules') label = field;
      else label = index !== undefined ? t('settings.duplicateRules.ruleN', { n: Number(index) + 1 }) : t('settings.duplicateRules.rules');
    }
    const text = phraseProblem(label, problem, t);
    if (key === null) general.push(text);
    else if (!(key in fields)) fields[key] = text;
  }
  return { fields, general };
}
