import { isWithinSubtree } from './department-tree';
import type { Viewer } from './visibility';

/** A person as the team rule needs them: who, and where in the department tree. */
export interface TeamPerson {
  userId: number;
  departmentPath: string | null;
}

/**
 * The viewer's own team: the people whose details (email, role, whether disabled) the viewer
 * may see, and the only people a manager may give customers to. Everyone else appears by name
 * and department only, and an id outside the team answers like an id nobody has.
 * - ADMIN: everyone (admins run the organisation).
 * - MANAGER: themselves and everyone in their department subtree — the same people whose
 *   customers `customerScopeFor` lets them see.
 * - REP: themselves and the colleagues of their own department (not its sub-departments):
 *   the people they work beside, though they see only their own customers.
 * Anyone without a department is a team of one.
 */
export function isInOwnTeam(viewer: Viewer, person: TeamPerson): boolean {
  if (viewer.role === 'ADMIN' || person.userId === viewer.userId) return true;
  if (viewer.departmentPath === null || person.departmentPath === null) return false;
  return viewer.role === 'MANAGER'
    ? isWithinSubtree(person.departmentPath, viewer.departmentPath)
    : person.departmentPath === viewer.departmentPath;
}
