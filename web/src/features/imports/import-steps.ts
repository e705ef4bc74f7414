import type { ImportJobDetail, ImportStatus } from './import-types';

/** The steps of an import as the page's stepper shows them. */
export const IMPORT_STEPS = ['upload', 'columns', 'check', 'import'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

type JobState = Pick<ImportJobDetail, 'status' | 'importStartedAt'>;
type CheckState = JobState & Pick<ImportJobDetail, 'checkedAt'>;

/**
 * The step an import stands at: its file is in once it has a status; the columns wait for the
 * uploader; then the check; once every row is checked, the import itself. An import cancelled
 * before anything was written stays at the step it was stopped in (the check, as far as it went).
 */
export function stepOf(job: JobState | null): ImportStep {
  if (job === null) return 'upload';
  if (job.status === 'UPLOADED') return 'columns';
  if (job.status === 'CHECKING' || job.status === 'FAILED') return 'check';
  if (job.status === 'CANCELLED' && !job.importStartedAt) return 'check';
  return 'import';
}

/** The check step is done when every row has its class (and for every later status). */
export function isChecked(status: ImportStatus): boolean {
  return status !== 'UPLOADED' && status !== 'CHECKING' && status !== 'FAILED';
}

/** The write began: its outcome per row is there to show (or is coming). */
export function wasWritten(job: JobState): boolean {
  return Boolean(job.importStartedAt) && job.status !== 'CHECKED';
}

/** The write is over, finished or stopped: every row has its outcome. */
export function isWrittenOut(job: JobState): boolean {
  return wasWritten(job) && job.status !== 'IMPORTING';
}

/** The stepper marks the current step finished: the check once every row has its class, the import once its write is over. */
export function isStepDone(job: JobState): boolean {
  return stepOf(job) === 'import' ? isWrittenOut(job) : isChecked(job.status);
}

/** Stopped before a row was written: at the columns, during the check, or before the go-ahead. */
export function wasCancelledEarly(job: JobState): boolean {
  return job.status === 'CANCELLED' && !job.importStartedAt;
}

/**
 * The check's progress and its review show from its start until the write starts; not for a check
 * that failed, nor for one cancelled before every row had its class (its counts would mislead).
 */
export function showsCheck(job: CheckState): boolean {
  if (job.status === 'UPLOADED' || job.status === 'FAILED' || wasWritten(job)) return false;
  return !wasCancelledEarly(job) || Boolean(job.checkedAt);
}
