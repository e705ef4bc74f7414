import type { SelectQueryBuilder } from 'typeorm';
import { customerScopeFor, type Viewer } from '@berth/domain';

/** OWNED: the viewer's own scope (below). POOL: customers nobody owns, which every signed-in user may browse (basic details only). */
export type CustomerListView = 'OWNED' | 'POOL';

/** Where the query names the customer's owner and its id (the joined ownership row). */
export interface ScopeColumns {
  owner: string;
  customerId: string;
}

/**
 * What the viewer's access is for: reading (any live collaborator grant counts) or writing (only
 * read-write grants), at `now` — a grant ends at the exact instant of its expiry.
 */
export interface ScopeAccess {
  now: Date;
  write?: boolean;
}

export function applyListScope<T extends object>(qb: SelectQueryBuilder<T>, columns: ScopeColumns, viewer: Viewer, view: CustomerListView, access: ScopeAccess): SelectQueryBuilder<T> {
  return view === 'POOL' ? qb.andWhere(`${columns.owner} IS NULL`) : applyCustomerScope(qb, columns, viewer, access);
}

/**
 * THE visibility layer: every read of customers (lists, counts, detail, relations, updates,
 * subscription payloads) goes through this one predicate. Its ownership part is the SQL twin of
 * the domain's `canSeeCustomer` (a test compares the two on the same rows); on top, a colleague
 * sees the customers they collaborate on while their grant lasts (`isCollaborationActive`), and
 * may write only with a read-write grant. The grants are read once per query (an init plan), so
 * the predicate stays an index lookup on the owner or the customer id.
 */
export function applyCustomerScope<T extends object>(qb: SelectQueryBuilder<T>, columns: ScopeColumns, viewer: Viewer, access: ScopeAccess): SelectQueryBuilder<T> {
  const scope = customerScopeFor(viewer);
  if (scope.kind === 'ALL') return qb;
  // A grant is to someone's customer: once it is in the pool, the pool's own rules (basic details) apply.
  const granted = `${columns.owner} IS NOT NULL AND ${columns.customerId} = ANY(ARRAY(
    SELECT cc.customer_id FROM customer_collaborators cc
     WHERE cc.user_id = :scopeUserId AND (cc.expires_at IS NULL OR cc.expires_at > :scopeNow)${access.write ? ` AND cc.access = 'WRITE'` : ''}))`;
  const params = { scopeUserId: scope.userId, scopeNow: access.now };
  if (scope.kind === 'OWNED_BY') return qb.andWhere(`(${columns.owner} = :scopeUserId OR (${granted}))`, params);
  return qb.andWhere(
    `(${columns.owner} = :scopeUserId OR ${columns.owner} IN (
       SELECT su.id FROM users su JOIN departments sd ON sd.id = su.department_id
        WHERE sd.path LIKE :scopePathPrefix) OR (${granted}))`,
    { ...params, scopePathPrefix: `${scope.departmentPath}%` },
  );
}
