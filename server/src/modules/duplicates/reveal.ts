import { BerthError, canSeeCustomer, type Viewer } from '@berth/domain';
import type { RevealRow } from './clash.repository';
import type { ClashCustomerView, DuplicateMatchView } from './duplicate-result';

/** The access-safe view of a customer in a clash, for this viewer: an id only if they may open it (their scope, or the pool). */
export function revealFor(viewer: Viewer, row: RevealRow): ClashCustomerView {
  // Pool customers are browsable by everyone (basic details), so their id is no secret.
  const visible = row.ownerId === null || canSeeCustomer(viewer, { ownerId: row.ownerId, ownerDepartmentPath: row.departmentPath });
  return {
    id: visible ? row.id : null,
    companyName: row.companyName,
    owner: row.ownerId === null ? null : { name: row.ownerName ?? '', departmentName: row.departmentName },
    inPool: row.ownerId === null,
    protectedUntil: row.ownerId === null ? null : row.protectedUntil,
  };
}

/**
 * Judged matches with what the viewer may see of each customer. The reveal rows come from a
 * join on `customer_ownership`, which every customer has from its first commit (a deferred
 * trigger guards it): a match without its row means the stored data is broken, and the caller
 * is told which rule, not an internal error.
 */
export function revealMatches(
  viewer: Viewer,
  judged: Omit<DuplicateMatchView, 'ownerId' | 'customer'>[],
  rows: RevealRow[],
): DuplicateMatchView[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return judged.map((j) => {
    const row = byId.get(j.customerId);
    if (!row) {
      throw new BerthError('BROKEN_INVARIANT', `Customer ${j.customerId} has no ownership row: every customer must have one.`, [], {
        invariant: 'CUSTOMER_HAS_OWNERSHIP_ROW',
      });
    }
    return { ...j, ownerId: row.ownerId, customer: revealFor(viewer, row) };
  });
}
