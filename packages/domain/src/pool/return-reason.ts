import { fieldProblem, type FieldProblem } from '../errors';
import type { PoolPolicy } from './policy';

/** Longest note a rep may give with a return. */
export const RETURN_NOTE_MAX_LENGTH = 500;

export interface ReturnInput {
  reasonCode: string | null | undefined;
  note?: string | null;
}

/** Field problems of a return: a reason from the policy's list is required, and a note when that reason asks for one. */
export function returnProblems(input: ReturnInput, policy: Pick<PoolPolicy, 'returnReasons'>): FieldProblem[] {
  const note = input.note?.trim() ?? '';
  const problems: FieldProblem[] = [];
  if (note.length > RETURN_NOTE_MAX_LENGTH) problems.push(fieldProblem('note', 'TOO_LONG', { max: RETURN_NOTE_MAX_LENGTH }));
  if (!input.reasonCode) return [fieldProblem('reasonCode', 'REQUIRED'), ...problems];
  const reason = policy.returnReasons.find((r) => r.code === input.reasonCode);
  if (!reason) return [fieldProblem('reasonCode', 'UNKNOWN_RETURN_REASON'), ...problems];
  if (reason.noteRequired && note === '') problems.push(fieldProblem('note', 'NOTE_REQUIRED_FOR_REASON', { reason: reason.label }));
  return problems;
}
