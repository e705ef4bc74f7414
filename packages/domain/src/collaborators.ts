import { fieldProblem, type FieldProblem } from './errors';
import { canSeeCustomer, type CustomerOwnership, type Viewer } from './visibility';

/** READ: sees the customer as its owner does; WRITE: may also edit it, its contacts and follow-ups. Neither may move it. */
export const COLLABORATOR_ACCESS = ['READ', 'WRITE'] as const;
export type CollaboratorAccess = (typeof COLLABORATOR_ACCESS)[number];

/** How a viewer may use a customer they can see: FULL (they own it or manage its owner), or a collaborator's WRITE or READ. */
export type CustomerAccess = 'FULL' | CollaboratorAccess;

/**
 * The viewer's access to a customer, from its owner side and its live grants (read at `now` by the
 * caller): ownership scope first, then the viewer's own grant; READ when neither (someone who sees
 * it some other way, e.g. an admin's pool view, may not edit it through a grant they lack).
 */
export function customerAccessOf(viewer: Viewer, customer: CustomerOwnership, liveGrants: readonly { userId: number; access: CollaboratorAccess }[]): CustomerAccess {
  if (canSeeCustomer(viewer, customer)) return 'FULL';
  return liveGrants.find((g) => g.userId === viewer.userId)?.access ?? 'READ';
}

export const COLLABORATOR_LIMITS = { perCustomer: 20, maxDays: 366 } as const;

/**
 * Whether a grant still gives access at `now`. It ends at the exact instant of its expiry: the
 * read checks it (the SQL twin is `expires_at > now`), so no access outlives it waiting for a sweep.
 */
export function isCollaborationActive(grant: { expiresAt: Date | null }, now: Date): boolean {
  return grant.expiresAt === null || grant.expiresAt.getTime() > now.getTime();
}

/** The grant's own problems: not the owner, not someone disabled, an expiry in the future and within a year. */
export function collaboratorProblems(input: {
  userId: number;
  ownerId: number | null;
  disabled: boolean;
  expiresAt: Date | null;
  now: Date;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.userId === input.ownerId) problems.push(fieldProblem('userId', 'IS_THE_OWNER'));
  if (input.disabled) problems.push(fieldProblem('userId', 'USER_DISABLED'));
  if (input.expiresAt !== null) {
    if (input.expiresAt.getTime() <= input.now.getTime()) problems.push(fieldProblem('expiresAt', 'MUST_BE_FUTURE'));
    else if (input.expiresAt.getTime() - input.now.getTime() > COLLABORATOR_LIMITS.maxDays * 86_400_000) {
      problems.push(fieldProblem('expiresAt', 'AT_MOST_DAYS_AHEAD', { days: COLLABORATOR_LIMITS.maxDays }));
    }
  }
  return problems;
}
