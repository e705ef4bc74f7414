import type { Viewer } from '@berth/domain';
import type { ClashAlertRow } from '../duplicates/clash.repository';
import { revealFor } from '../duplicates/reveal';
import type { ClashAlertType } from './notification.types';

/** What a recipient sees of a clash (the latest attempt of a group of `attemptCount`). */
export function clashAlertView(viewer: Viewer, row: ClashAlertRow, attemptCount: number): ClashAlertType {
  return {
    id: row.clashId,
    attemptedAt: row.attemptedAt,
    attemptedBy: { name: row.attemptedByName, departmentName: row.attemptedByDepartment },
    customer: revealFor(viewer, row.customer),
    verdict: row.verdict,
    dimensions: row.dimensions,
    attemptedName: row.attemptedName,
    attemptCount,
  };
}
