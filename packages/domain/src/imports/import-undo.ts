import type { ErrorCode } from '../errors';
import type { ImportStatus } from './import-job';

/** How long after an import ends it may be undone. */
export const IMPORT_UNDO_WINDOW_HOURS = 24;

/**
 * Why an undo kept a customer the import created: someone claimed, was given or returned it
 * (MOVED_SINCE), followed it up (FOLLOWED_UP), or changed it or its contacts or collaborators
 * (CHANGED_SINCE). Work done on a customer is never thrown away by an undo.
 */
export const IMPORT_UNDO_KEPT_REASONS = ['MOVED_SINCE', 'FOLLOWED_UP', 'CHANGED_SINCE'] as const;
export type ImportUndoKeptReason = (typeof IMPORT_UNDO_KEPT_REASONS)[number];

/** What an undo did with one created customer. */
export type ImportUndoResult = 'REMOVED' | ImportUndoKeptReason;

/** Whether the customer can go, from what happened to it since it was created. */
export function undoKeepReason(facts: { ownershipEvents: number; followUps: number; otherChanges: number }): ImportUndoKeptReason | null {
  if (facts.ownershipEvents > 1) return 'MOVED_SINCE';
  if (facts.followUps > 0) return 'FOLLOWED_UP';
  if (facts.otherChanges > 0) return 'CHANGED_SINCE';
  return null;
}

/** Why this import cannot be undone now, or null: it must have written something, ended, and ended less than a day ago. */
export function undoRefusal(job: { status: ImportStatus; finishedAt: Date | null; createdRows: number }, now: Date): ErrorCode | null {
  if ((job.status !== 'DONE' && job.status !== 'CANCELLED') || job.finishedAt === null) return 'IMPORT_NOT_FINISHED';
  if (job.createdRows === 0) return 'IMPORT_CREATED_NOTHING';
  if (now.getTime() - job.finishedAt.getTime() > IMPORT_UNDO_WINDOW_HOURS * 3_600_000) return 'UNDO_WINDOW_PASSED';
  return null;
}
