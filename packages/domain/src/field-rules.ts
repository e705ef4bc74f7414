import { failed, problemOf, type FieldProblem, type RuleFailure } from './errors';

/**
 * Small checks for single values. Each returns the rule that failed (FIELD_RULES), or null when
 * the value is fine, so that callers can attach the field name they know.
 */
export type Rule<T> = (value: T) => RuleFailure | null;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE = /^\+?[0-9 ().\-/]{4,}(\s*(ext\.?|x|#)\s*[0-9]{1,6})?$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export const required: Rule<string | null | undefined> = (v) =>
  v === null || v === undefined || v.trim() === '' ? failed('REQUIRED') : null;

export const maxLength =
  (max: number): Rule<string> =>
  (v) =>
    v.length > max ? failed('TOO_LONG', { max }) : null;

export const email: Rule<string> = (v) => (EMAIL.test(v) ? null : failed('INVALID_EMAIL'));

export const phone: Rule<string> = (v) =>
  PHONE.test(v.trim()) && /\d{4,}/.test(v.replace(/\D/g, '')) ? null : failed('INVALID_PHONE');

/** Accepts "acme.com" as well as full http(s) URLs, as people type them. */
export const website: Rule<string> = (v) => {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    const okScheme = url.protocol === 'http:' || url.protocol === 'https:';
    return okScheme && url.hostname.includes('.') && !/\s/.test(v) ? null : failed('INVALID_WEBSITE');
  } catch {
    return failed('INVALID_WEBSITE');
  }
};

/** A calendar date (YYYY-MM-DD) that exists and is not after `today` (also YYYY-MM-DD). */
export const pastDate =
  (today: string): Rule<string> =>
  (v) => {
    if (!DATE_ONLY.test(v)) return failed('DATE_FORMAT');
    const parsed = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== v) return failed('NOT_A_REAL_DATE');
    return v > today ? failed('IN_FUTURE') : null;
  };

/** Runs rules in order on one field and records the first failure. */
export function check<T>(problems: FieldProblem[], field: string, value: T | null | undefined, ...rules: Rule<T>[]) {
  if (value === null || value === undefined) return;
  for (const rule of rules) {
    const failure = rule(value);
    if (failure) {
      problems.push(problemOf(field, failure));
      return;
    }
  }
}
