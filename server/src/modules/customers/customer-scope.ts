import type { SelectQueryBuilder } from 'typeorm';
import { customerScopeFor, type Viewer } from '@berth/domain';

/** OWNED: the viewer's own scope (below). POOL: customers nobody owns, which every signed-in user may browse (basic details only). */
export type CustomerListView = 'OWNED' | 'POOL';

export function applyListScope<T extends object>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer, view: CustomerListView): SelectQueryBuilder<T> {
  return view === 'POOL' ? qb.andWhere(`${alias}.owner_id IS NULL`) : applyCustomerScope(qb, alias, viewer);
}

/**
 * THE visibility layer: every read of customers (lists, counts, detail, relations, updates,
 * subscription payloads) goes through this one predicate. It is the SQL twin of the domain's
 * `canSeeCustomer`; a test compares the two on the same rows.
 */
export function applyCustomerScope<T extends object>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  const scope = customerScopeFor(viewer);
  switch (scope.kind) {
    case 'ALL':
      return qb;
    case 'OWNED_BY':
      return qb.andWhere(`${alias}.owner_id = :scopeUserId`, { scopeUserId: scope.userId });
    case 'DEPARTMENT_SUBTREE':
      return qb.andWhere(
        `(${alias}.owner_id = :scopeUserId OR ${alias}.owner_id IN (
           SELECT su.id FROM users su JOIN departments sd ON sd.id = su.department_id
            WHERE sd.path LIKE :scopePathPrefix))`,
        { scopeUserId: scope.userId, scopePathPrefix: `${scope.departmentPath}%` },
      );
  }
}
