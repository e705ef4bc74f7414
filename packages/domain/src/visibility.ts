import type { Role } from './roles';
import { isWithinSubtree } from './department-tree';

/** Who is looking: enough to decide what they may see, nothing more. */
export interface Viewer {
  userId: number;
  role: Role;
  /** Materialised path of the viewer's department; a manager sees this subtree. */
  departmentPath: string | null;
}

/**
 * What a viewer may see of owned customers, as data: the server turns it into one SQL
 * predicate, the tests compare it with `canSeeCustomer` row by row.
 */
export type CustomerScope =
  | { kind: 'ALL' }
  | { kind: 'OWNED_BY'; userId: number }
  | { kind: 'DEPARTMENT_SUBTREE'; departmentPath: string; userId: number };

export function customerScopeFor(viewer: Viewer): CustomerScope {
  switch (viewer.role) {
    case 'ADMIN':
      return { kind: 'ALL' };
    case 'MANAGER':
      // A manager without a department still sees what they own themselves.
      return viewer.departmentPath
        ? { kind: 'DEPARTMENT_SUBTREE', departmentPath: viewer.departmentPath, userId: viewer.userId }
        : { kind: 'OWNED_BY', userId: viewer.userId };
    case 'REP':
      return { kind: 'OWNED_BY', userId: viewer.userId };
  }
}

/** The owner side of a customer; `null` owner = in the public pool. */
export interface CustomerOwnership {
  ownerId: number | null;
  ownerDepartmentPath: string | null;
}

/**
 * The same rule as `customerScopeFor`, for one row. Pool customers are outside every
 * ownership scope except ADMIN's: the pool has its own view with its own reveal rules.
 */
export function canSeeCustomer(viewer: Viewer, customer: CustomerOwnership): boolean {
  const scope = customerScopeFor(viewer);
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'OWNED_BY':
      return customer.ownerId === scope.userId;
    case 'DEPARTMENT_SUBTREE':
      return (
        customer.ownerId === scope.userId ||
        (customer.ownerId !== null &&
          customer.ownerDepartmentPath !== null &&
          isWithinSubtree(customer.ownerDepartmentPath, scope.departmentPath))
      );
  }
}
