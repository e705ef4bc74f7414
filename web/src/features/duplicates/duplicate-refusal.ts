import { describeError, isDuplicateErrorCode, type DuplicateErrorCode } from '../../shared/errors/describe-error';
import type { DuplicateCheckResult, DuplicateMatch } from './duplicate-types';

/** A save the server refused because of duplicates, with the matches it found at that moment. */
export interface DuplicateRefusal {
  code: DuplicateErrorCode;
  result: DuplicateCheckResult;
}

const VERDICTS = new Set(['CLEAR', 'WARN', 'BLOCK']);

/**
 * Reads DUPLICATE_CUSTOMER / DUPLICATE_NEEDS_ACKNOWLEDGEMENT off a mutation error; null for any
 * other error. `extensions.duplicates` is JSON from the server, so its shape is checked rather
 * than trusted; when it is missing the verdict still follows from the code.
 */
export function readDuplicateRefusal(error: unknown): DuplicateRefusal | null {
  const described = describeError(error);
  const code = described.code;
  if (!isDuplicateErrorCode(code)) return null;
  const fallbackVerdict = code === 'DUPLICATE_CUSTOMER' ? 'BLOCK' : 'WARN';
  const raw = described.duplicates as Partial<DuplicateCheckResult> | null | undefined;
  const matches = Array.isArray(raw?.matches) ? raw.matches.filter(isMatch) : [];
  const verdict = typeof raw?.verdict === 'string' && VERDICTS.has(raw.verdict) && raw.verdict !== 'CLEAR' ? raw.verdict : fallbackVerdict;
  return { code, result: { verdict, matches } };
}

function isMatch(value: unknown): value is DuplicateMatch {
  const m = value as DuplicateMatch | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.customer?.companyName === 'string' &&
    typeof m.verdict === 'string' &&
    Array.isArray(m.evidence)
  );
}
