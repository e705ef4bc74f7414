import { canSeeCustomer, type Viewer } from '@berth/domain';
import type { RevealRow } from './clash.repository';
import type { ClashCustomerView } from './duplicate-result';

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
