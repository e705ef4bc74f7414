import type { ImportStatus } from './import-types';

/**
 * The steps of an import as the page's stepper shows them. The next part (choosing what to import
 * per class and committing it) becomes a fourth step here once the API has it.
 */
export const IMPORT_STEPS = ['upload', 'columns', 'check'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** The step an import stands at: its file is in once it has a status; the columns wait for the uploader; then the check. */
export function stepOf(status: ImportStatus | null): ImportStep {
  if (status === null) return 'upload';
  if (status === 'UPLOADED') return 'columns';
  return 'check';
}

/** The check step is done when every row has its class (and for every later status). */
export function isChecked(status: ImportStatus): boolean {
  return status !== 'UPLOADED' && status !== 'CHECKING' && status !== 'FAILED';
}
