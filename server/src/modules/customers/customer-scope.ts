import type { SelectQueryBuilder } from 'typeorm';
import { customerScopeFor, type Viewer } from '@berth/domain';

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
