import { IMPORT_UNDO_KEPT_REASONS } from '@berth/domain';
import type { ImportUndoCounts, ImportUndoResult } from './import-types';

/** The customers an import created, by what its undo did: removed, or kept (each kept row says why). */
export const UNDO_GROUPS = ['REMOVED', 'KEPT'] as const;
export type UndoGroup = (typeof UNDO_GROUPS)[number];

/** The undo results each group lists (the rows API filters by them). */
export const UNDO_RESULTS: Record<UndoGroup, ImportUndoResult[]> = { REMOVED: ['REMOVED'], KEPT: [...IMPORT_UNDO_KEPT_REASONS] };

/** The undo's counts by group, as the count chips read them. */
export function undoGroupCounts(counts: ImportUndoCounts): Record<UndoGroup, number> {
  return { REMOVED: counts.removed, KEPT: counts.kept };
}
