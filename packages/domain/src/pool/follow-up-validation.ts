import { fieldProblem, type FieldProblem } from '../errors';
import { isFollowUpType } from './follow-up-types';

export const FOLLOW_UP_LIMITS = { content: 2000, nextStep: 500 } as const;

export interface FollowUpFieldsInput {
  type: string;
  content: string;
  occurredAt: Date;
  nextStep?: string | null;
  remindAt?: Date | null;
}

/**
 * Field problems of a follow-up being logged. A follow-up records what happened, so it cannot
 * be dated after `now`; its reminder cannot come before it. Short content is allowed (it is
 * kept on the timeline) — it just does not count toward protection.
 */
export function validateFollowUpFields(input: FollowUpFieldsInput, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isFollowUpType(input.type)) problems.push(fieldProblem('type', 'NOT_AN_OPTION'));
  const content = input.content.trim();
  if (!content) problems.push(fieldProblem('content', 'REQUIRED'));
  else if (content.length > FOLLOW_UP_LIMITS.content) problems.push(fieldProblem('content', 'TOO_LONG', { max: FOLLOW_UP_LIMITS.content }));
  if (input.occurredAt.getTime() > now.getTime()) problems.push(fieldProblem('occurredAt', 'IN_FUTURE'));
  if ((input.nextStep?.trim().length ?? 0) > FOLLOW_UP_LIMITS.nextStep) {
    problems.push(fieldProblem('nextStep', 'TOO_LONG', { max: FOLLOW_UP_LIMITS.nextStep }));
  }
  if (input.remindAt && input.remindAt.getTime() < input.occurredAt.getTime()) {
    problems.push(fieldProblem('remindAt', 'BEFORE_FOLLOW_UP'));
  }
  return problems;
}
