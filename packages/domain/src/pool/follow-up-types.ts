/**
 * Kinds of follow-up a rep can log. Every kind stays in the timeline; the policy picks which
 * kinds count toward protection (a NOTE to oneself is not contact with the customer).
 */
export const FOLLOW_UP_TYPES = ['CALL', 'VISIT', 'MEETING', 'EMAIL', 'WECHAT', 'NOTE', 'OTHER'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];

export function isFollowUpType(value: unknown): value is FollowUpType {
  return typeof value === 'string' && (FOLLOW_UP_TYPES as readonly string[]).includes(value);
}
