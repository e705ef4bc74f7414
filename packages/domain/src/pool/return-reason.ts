import type { FieldProblem } from '../errors';
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
  if (note.length > RETURN_NOTE_MAX_LENGTH) problems.push({ field: 'note', message: `must be at most ${RETURN_NOTE_MAX_LENGTH} characters` });
  if (!input.reasonCode) return [{ field: 'reasonCode', message: 'is required' }, ...problems];
  const reason = policy.returnReasons.find((r) => r.code === input.reasonCode);
  if (!reason) return [{ field: 'reasonCode', message: 'is not one of the return reasons' }, ...problems];
  if (reason.noteRequired && note === '') problems.push({ field: 'note', message: `is required for "${reason.label}"` });
  return problems;
}
