import type { FollowUpType } from './follow-up-types';
import type { RecyclePolicy } from './policy';

/** What the rules need of a logged follow-up. `at` is when the contact happened (the server refuses future times). */
export interface FollowUpFacts {
  type: FollowUpType;
  content: string;
  at: Date;
}

/**
 * Length of content as a reader sees it: trimmed, whitespace runs counted once, and in code
 * points so that "电话沟通了报价细节" counts its nine characters and an emoji counts one.
 */
export function followUpContentLength(content: string): number {
  return [...content.trim().replace(/\s+/g, ' ')].length;
}

/** A follow-up counts toward protection when its kind is counted and its content is long enough. */
export function isValidFollowUp(followUp: Pick<FollowUpFacts, 'type' | 'content'>, policy: RecyclePolicy): boolean {
  return policy.followUpTypes.includes(followUp.type) && followUpContentLength(followUp.content) >= policy.minFollowUpLength;
}
