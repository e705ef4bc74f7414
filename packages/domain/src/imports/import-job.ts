import { isWithinSubtree } from '../department-tree';
import type { Viewer } from '../visibility';

/**
 * Where an import stands. UPLOADED: the file is read and its columns guessed, waiting for the
 * user's mapping; CHECKING/CHECKED: every row classified (new, duplicate in the file, matches a
 * pool or an owned customer, invalid); IMPORTING: the chosen rows are being written; DONE,
 * CANCELLED, FAILED (the file could not be read to the end), UNDOING/UNDONE (its untouched customers being, or, removed).
 */
export const IMPORT_STATUSES = ['UPLOADED', 'CHECKING', 'CHECKED', 'IMPORTING', 'DONE', 'CANCELLED', 'FAILED', 'UNDOING', 'UNDONE'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Imports not yet written or cancelled, each keeping its file: most one user may have at once. */
export const MAX_OPEN_IMPORTS = 10;
/** Where an import is open: its file is kept, nothing of it is written yet. */
export const OPEN_IMPORT_STATUSES: readonly ImportStatus[] = ['UPLOADED', 'CHECKING', 'CHECKED'];

/** Rows of a file shown beside its columns while the user maps them. */
export const IMPORT_SAMPLE_ROWS = 5;

/**
 * Who sees an import (its file's rows and outcomes name customers and people): the uploader, the
 * managers over them, and admins. The import list's SQL applies the same rule.
 */
export function canSeeImport(viewer: Viewer, job: { createdById: number; creatorDepartmentPath: string | null }): boolean {
  if (viewer.role === 'ADMIN' || viewer.userId === job.createdById) return true;
  return viewer.role === 'MANAGER' && viewer.departmentPath !== null && job.creatorDepartmentPath !== null && isWithinSubtree(job.creatorDepartmentPath, viewer.departmentPath);
}
