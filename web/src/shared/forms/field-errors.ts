import type { FieldProblem } from '@berth/domain';
import { englishT } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translator';

/** Messages keyed by input path: `email`, `tags.2`, `phones.0`. */
export type FieldErrors = Record<string, string>;

const ITEM_KEYS = { tags: 'field.item.tag', phones: 'field.item.phone', emails: 'field.item.email', aliases: 'field.item.alias' } as const;

/** "tags.2" (or "aliases.2.name") → "Tag 3"; plain fields use the form's own label. */
export function labelForPath(path: string, labels: Record<string, string>, t: Translate = englishT): string {
  const [field, index] = path.split('.');
  if (index !== undefined && /^\d+$/.test(index)) {
    const itemKey = ITEM_KEYS[field as keyof typeof ITEM_KEYS];
    const n = Number(index) + 1;
    return itemKey ? t(itemKey, { n }) : `${labels[field] ?? field} ${n}`;
  }
  return labels[field] ?? field;
}

/**
 * A problem as a sentence about its field, in the viewer's language: from its rule and
 * parameters when the catalogue knows the rule ("Company name is required" / "公司名称为必填项"),
 * else the English predicate after the label; sentences that already stand alone are kept.
 */
export function phraseProblem(label: string, problem: Pick<FieldProblem, 'message' | 'rule' | 'params'>, t: Translate = englishT): string {
  const key = problem.rule ? `field.rule.${problem.rule}` : null;
  if (key && t.has(key)) return t(key, { label, ...problem.params });
  return /^[a-z]/.test(problem.message) ? `${label} ${problem.message}` : problem.message;
}

/** The first problem per path wins: it is the rule that failed first. */
export function toFieldErrors(problems: FieldProblem[], labels: Record<string, string>, t: Translate = englishT): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    if (!(problem.field in errors)) errors[problem.field] = phraseProblem(labelForPath(problem.field, labels, t), problem, t);
  }
  return errors;
}

/** The message for a field or any of its items (`tags` or `tags.3`). */
export function errorForField(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const itemKey = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
  return itemKey ? errors[itemKey] : undefined;
}

/** Paths no field on the form shows: they must still reach the user, above the form. */
export function unplacedErrors(errors: FieldErrors, fields: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path]) => !fields.includes(path.split('.')[0]))
    .map(([, message]) => message);
}
