import type { FieldProblem } from '../errors';
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
  if (!isFollowUpType(input.type)) problems.push({ field: 'type', message: 'is not a follow-up type' });
  const content = input.content.trim();
  if (!content) problems.push({ field: 'content', message: 'is required' });
  else if (content.length > FOLLOW_UP_LIMITS.content) problems.push({ field: 'content', message: `must be at most ${FOLLOW_UP_LIMITS.content} characters` });
  if (input.occurredAt.getTime() > now.getTime()) problems.push({ field: 'occurredAt', message: 'cannot be in the future' });
  if ((input.nextStep?.trim().length ?? 0) > FOLLOW_UP_LIMITS.nextStep) {
    problems.push({ field: 'nextStep', message: `must be at most ${FOLLOW_UP_LIMITS.nextStep} characters` });
  }
  if (input.remindAt && input.remindAt.getTime() < input.occurredAt.getTime()) {
    problems.push({ field: 'remindAt', message: 'cannot be before the follow-up' });
  }
  return problems;
}
