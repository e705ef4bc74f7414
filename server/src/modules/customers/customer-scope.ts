import type { SelectQueryBuilder } from 'typeorm';
import { customerScopeFor, type Viewer } from '@berth/domain';

/** OWNED: the viewer's own scope (below). POOL: customers nobody owns, which every signed-in user may browse (basic details only). */
export type CustomerListView = 'OWNED' | 'POOL';

export function applyListScope<T extends object>(qb: SelectQueryBuilder<T>, ownerColumn: string, viewer: Viewer, view: CustomerListView): SelectQueryBuilder<T> {
  return view === 'POOL' ? qb.andWhere(`${ownerColumn} IS NULL`) : applyCustomerScope(qb, ownerColumn, viewer);
}

/**
 * THE visibility layer: every read of customers (lists, counts, detail, relations, updates,
 * subscription payloads) goes through this one predicate. It is the SQL twin of the domain's
 * `canSeeCustomer`; a test compares the two on the same rows. `ownerColumn` names the owner in
 * the query (the joined ownership row's owner_id).
 */
export function applyCustomerScope<T extends object>(
  qb: SelectQueryBuilder<T>,
  ownerColumn: string,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  const scope = customerScopeFor(viewer);
  switch (scope.kind) {
    case 'ALL':
      return qb;
    case 'OWNED_BY':
      return qb.andWhere(`${ownerColumn} = :scopeUserId`, { scopeUserId: scope.userId });
    case 'DEPARTMENT_SUBTREE':
      return qb.andWhere(
        `(${ownerColumn} = :scopeUserId OR ${ownerColumn} IN (
           SELECT su.id FROM users su JOIN departments sd ON sd.id = su.department_id
            WHERE sd.path LIKE :scopePathPrefix))`,
        { scopeUserId: scope.userId, scopePathPrefix: `${scope.departmentPath}%` },
      );
  }
}
