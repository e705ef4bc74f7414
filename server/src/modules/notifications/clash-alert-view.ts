import type { Viewer } from '@berth/domain';
import type { ClashAlertRow } from '../duplicates/clash.repository';
import { revealFor } from '../duplicates/reveal';
import type { ClashAlertType } from './notification.types';

/**
 * What a recipient sees of a clash (the latest attempt of a group of `attemptCount`). The owner
 * named is the one at the attempt; whether the customer opens, and its protection, follow who
 * holds it now (a protection shows only while that same owner still holds it).
 */
export function clashAlertView(viewer: Viewer, row: ClashAlertRow, attemptCount: number): ClashAlertType {
  const current = revealFor(viewer, row.customer);
  const then = row.ownerAtAttempt;
  const customer = {
    ...current,
    owner: then === null ? null : { name: then.name, departmentName: then.departmentName },
    inPool: then === null,
    protectedUntil: then !== null && then.id === row.customer.ownerId ? current.protectedUntil : null,
  };
  return {
    id: row.clashId,
    attemptedAt: row.attemptedAt,
    attemptedBy: { name: row.attemptedByName, departmentName: row.attemptedByDepartment },
    customer,
    verdict: row.verdict,
    dimensions: row.dimensions,
    attemptedName: row.attemptedName,
    attemptCount,
  };
}
