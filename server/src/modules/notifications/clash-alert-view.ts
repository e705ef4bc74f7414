import type { Viewer } from '@berth/domain';
import type { ClashAlertRow } from '../duplicates/clash.repository';
import { revealFor } from '../duplicates/reveal';
import type { ClashAlertType } from './notification.types';

export function clashAlertView(viewer: Viewer, row: ClashAlertRow): ClashAlertType {
  return {
    id: row.clashId,
    attemptedAt: row.attemptedAt,
    attemptedBy: { name: row.attemptedByName, departmentName: row.attemptedByDepartment },
    customer: revealFor(viewer, row.customer),
    verdict: row.verdict,
    dimensions: row.dimensions,
    attemptedName: row.attemptedName,
  };
}
