import type { FieldProblem } from '../errors';
import type { ReturnReason } from './policy';

export const RETURN_REASON_LIMITS = { reasons: 30, code: 40, label: 80 } as const;

const REASON_CODE = /^[A-Z][A-Z0-9_]*$/;

/** Problems of the admin's list of return reasons: at least one, codes SCREAMING_SNAKE and unique, labels filled in. */
export function returnReasonProblems(reasons: readonly ReturnReason[]): FieldProblem[] {
  if (!Array.isArray(reasons) || reasons.length === 0) {
    return [{ field: 'returnReasons', message: 'needs at least one reason: a return always gives one' }];
  }
  const problems: FieldProblem[] = [];
  if (reasons.length > RETURN_REASON_LIMITS.reasons) {
    problems.push({ field: 'returnReasons', message: `at most ${RETURN_REASON_LIMITS.reasons} reasons` });
  }
  const seen = new Set<string>();
  reasons.forEach((reason, i) => {
    const code = reasonCodeProblem(reason?.code, seen);
    if (code) problems.push({ field: `returnReasons.${i}.code`, message: code });
    const label = typeof reason?.label === 'string' ? reason.label.trim() : '';
    if (label === '') problems.push({ field: `returnReasons.${i}.label`, message: 'is required' });
    else if (label.length > RETURN_REASON_LIMITS.label) {
      problems.push({ field: `returnReasons.${i}.label`, message: `must be at most ${RETURN_REASON_LIMITS.label} characters` });
    }
    if (typeof reason?.noteRequired !== 'boolean') problems.push({ field: `returnReasons.${i}.noteRequired`, message: 'must be true or false' });
  });
  return problems;
}

function reasonCodeProblem(code: unknown, seen: Set<string>): string | null {
  if (typeof code !== 'string' || !REASON_CODE.test(code)) return 'must be like NO_CONTACT (capitals, digits, underscores)';
  if (code.length > RETURN_REASON_LIMITS.code) return `must be at most ${RETURN_REASON_LIMITS.code} characters`;
  if (seen.has(code)) return `repeats ${code}`;
  seen.add(code);
  return null;
}
