import { isInOwnTeam } from '@berth/domain';
import type { AppContext } from '../../graphql/context';
import { viewerOf } from '../auth/authenticated-user';

/** The person behind a `User` object: enough to place them in the department tree. */
export interface PersonRef {
  id: number;
  departmentId: number | null;
}

/**
 * Whether the viewer may see this person's details (email, role, whether disabled), or only
 * their name and department: the viewer's own team (`isInOwnTeam`) sees details, nobody else.
 * The `User` type resolves those fields through here, so every surface that returns a user —
 * owners, follow-up authors, ownership events, assignees, policy editors, any added later —
 * applies the one rule without knowing it. No viewer sees nobody's details.
 */
export async function seesDetailsOf(ctx: AppContext, person: PersonRef): Promise<boolean> {
  if (!ctx.user) return false;
  const viewer = viewerOf(ctx.user);
  // Admins and the viewer themselves need no department lookup.
  if (viewer.role === 'ADMIN' || person.id === viewer.userId) return true;
  const department = person.departmentId === null ? null : await ctx.loaders.department.load(person.departmentId);
  return isInOwnTeam(viewer, { userId: person.id, departmentPath: department?.path ?? null });
}
