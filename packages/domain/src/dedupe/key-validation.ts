import { FIELD_RULES, fieldProblem, type FieldProblem } from '../errors';
import type { DuplicateKeys, DuplicateKeySource } from './keys';

export const NAME_WITHOUT_SUBSTANCE = FIELD_RULES.NAME_WITHOUT_SUBSTANCE;

/**
 * A name that normalises to '' ("Co., Ltd.", "!!!") would match every other such name and tell
 * nobody which company it is, so it is refused instead of matched. Blank names are left to the
 * "is required" rule, and length to the field limits.
 */
export function validateDuplicateKeys(keys: DuplicateKeys, input: DuplicateKeySource): FieldProblem[] {
  const named = typeof input.companyName === 'string' && input.companyName.trim() !== '';
  return named && keys.name === '' ? [fieldProblem('companyName', 'NAME_WITHOUT_SUBSTANCE')] : [];
}
