import type { FieldMergeFunction, TypePolicy } from '@apollo/client';
import { furthest } from '../../app/apollo/merge-forward';
import type { ImportStatus } from './import-types';

/**
 * How far along each status is. Two statuses of one rank never follow each other (a check ends
 * CHECKED or FAILED; a write ends DONE or CANCELLED), and an undo starts from either end of a write.
 */
const STAGE: Record<ImportStatus, number> = {
  UPLOADED: 0,
  CHECKING: 1,
  CHECKED: 2,
  IMPORTING: 3,
  FAILED: 3,
  DONE: 4,
  CANCELLED: 4,
  UNDOING: 5,
  UNDONE: 6,
};

const furthestStatus: FieldMergeFunction<ImportStatus, ImportStatus> = (existing, incoming) =>
  existing !== undefined && STAGE[existing] > STAGE[incoming] ? existing : incoming;

type Counts = Record<string, unknown>;
const counted = (counts: Counts | null | undefined) => Object.values(counts ?? {}).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);

/** Counts per class or outcome: the copy that has counted more rows. */
const furthestCounts: FieldMergeFunction<Counts | null, Counts | null> = (existing, incoming) =>
  existing && counted(existing) > counted(incoming) ? existing : incoming;

/** When a step was reached, and the show named when the check started: once known they stay (the server never takes one back). */
const onceSet: FieldMergeFunction<string | null, string | null> = (existing, incoming) => incoming ?? existing ?? null;

/**
 * An import moves on by itself (background jobs), and its page hears of it by events, by reads
 * after them and by a slow poll: a poll sent before "Check rows" may answer after the mutation's
 * own answer. Its status, counts and the times it reached each step only ever move forward, so a
 * late copy never takes the page back to a step it left, with no event left to move it on again.
 */
export const IMPORT_JOB_POLICY: TypePolicy = {
  fields: {
    status: { merge: furthestStatus },
    checkedRows: { merge: furthest },
    doneRows: { merge: furthest },
    classCounts: { merge: furthestCounts },
    outcomeCounts: { merge: furthestCounts },
    undoCounts: { merge: furthestCounts },
    source: { merge: onceSet },
    checkedAt: { merge: onceSet },
    importStartedAt: { merge: onceSet },
    finishedAt: { merge: onceSet },
    undoneAt: { merge: onceSet },
  },
};
