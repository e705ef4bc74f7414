import type { ImportJobDetail, ImportUndoResult } from './import-types';

/** The customers an import created, by what its undo did: removed, or kept (each kept row says why). */
export const UNDO_GROUPS = ['REMOVED', 'KEPT'] as const;
export type UndoGroup = (typeof UNDO_GROUPS)[number];

export function undoGroupOf(result: ImportUndoResult): UndoGroup {
  return result === 'REMOVED' ? 'REMOVED' : 'KEPT';
}

/** The undo's counts by group, as the count chips read them. */
export function undoGroupCounts(counts: Pick<ImportJobDetail['undoCounts'], 'removed' | 'kept'>): Record<UndoGroup, number> {
  return { REMOVED: counts.removed, KEPT: counts.kept };
}
