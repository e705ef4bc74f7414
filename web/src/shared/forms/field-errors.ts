import type { FieldProblem } from '@berth/domain';

/** Messages keyed by input path: `email`, `tags.2`, `phones.0`. */
export type FieldErrors = Record<string, string>;

const ITEM_LABELS: Record<string, string> = { tags: 'Tag', phones: 'Phone', emails: 'Email' };

/** "tags.2" → "Tag 3"; plain fields use the form's own label. */
export function labelForPath(path: string, labels: Record<string, string>): string {
  const [field, index] = path.split('.');
  if (index !== undefined && /^\d+$/.test(index)) {
    return `${ITEM_LABELS[field] ?? labels[field] ?? field} ${Number(index) + 1}`;
  }
  return labels[field] ?? field;
}

/**
 * Domain rules phrase problems as predicates ("is required") so that each side can name the
 * field its own way; sentences that already stand alone are kept as they are.
 */
export function phraseProblem(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/** The first problem per path wins: it is the rule that failed first. */
export function toFieldErrors(problems: FieldProblem[], labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problems) {
    if (!(field in errors)) errors[field] = phraseProblem(labelForPath(field, labels), message);
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
