import { failed, fieldProblem, problemOf, type FieldProblem, type RuleFailure } from '../errors';
import type { ReturnReason } from './policy';

export const RETURN_REASON_LIMITS = { reasons: 30, code: 40, label: 80 } as const;

const REASON_CODE = /^[A-Z][A-Z0-9_]*$/;

/** Problems of the admin's list of return reasons: at least one, codes SCREAMING_SNAKE and unique, labels filled in. */
export function returnReasonProblems(reasons: readonly ReturnReason[]): FieldProblem[] {
  if (!Array.isArray(reasons) || reasons.length === 0) {
    return [fieldProblem('returnReasons', 'AT_LEAST_ONE')];
  }
  const problems: FieldProblem[] = [];
  if (reasons.length > RETURN_REASON_LIMITS.reasons) {
    problems.push(fieldProblem('returnReasons', 'TOO_MANY', { max: RETURN_REASON_LIMITS.reasons }));
  }
  const seen = new Set<string>();
  reasons.forEach((reason, i) => {
    const code = reasonCodeProblem(reason?.code, seen);
    if (code) problems.push(problemOf(`returnReasons.${i}.code`, code));
    const label = typeof reason?.label === 'string' ? reason.label.trim() : '';
    if (label === '') problems.push(fieldProblem(`returnReasons.${i}.label`, 'REQUIRED'));
    else if (label.length > RETURN_REASON_LIMITS.label) {
      problems.push(fieldProblem(`returnReasons.${i}.label`, 'TOO_LONG', { max: RETURN_REASON_LIMITS.label }));
    }
    if (typeof reason?.noteRequired !== 'boolean') problems.push(fieldProblem(`returnReasons.${i}.noteRequired`, 'NOT_A_BOOLEAN'));
  });
  return problems;
}

function reasonCodeProblem(code: unknown, seen: Set<string>): RuleFailure | null {
  if (typeof code !== 'string' || !REASON_CODE.test(code)) return failed('REASON_CODE_FORMAT');
  if (code.length > RETURN_REASON_LIMITS.code) return failed('TOO_LONG', { max: RETURN_REASON_LIMITS.code });
  if (seen.has(code)) return failed('LISTED_TWICE', { value: code });
  seen.add(code);
  return null;
}
