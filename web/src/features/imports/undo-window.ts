import { IMPORT_UNDO_WINDOW_HOURS, undoRefusal } from '@berth/domain';
import type { ImportJobDetail } from './import-types';

type Job = Pick<ImportJobDetail, 'status' | 'finishedAt' | 'outcomeCounts'>;

/** When an import stops being undoable: a day after it ended; null while it has not ended. */
export function undoDeadline(job: Pick<Job, 'finishedAt'>): Date | null {
  return job.finishedAt ? new Date(Date.parse(job.finishedAt) + IMPORT_UNDO_WINDOW_HOURS * 3_600_000) : null;
}

/**
 * Whether the import can be undone at `now`, by the rule the server applies (it ended, created
 * customers, and ended less than a day ago); the server judges again by its own clock.
 */
export function isUndoable(job: Job, now: Date): boolean {
  const finishedAt = job.finishedAt ? new Date(job.finishedAt) : null;
  return undoRefusal({ status: job.status, finishedAt, createdRows: job.outcomeCounts.CREATED }, now) === null;
}
