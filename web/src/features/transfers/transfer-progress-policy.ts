import type { TypePolicy } from '@apollo/client';
import { furthest } from '../../app/apollo/merge-forward';
import type { TransferStatus } from './transfer-types';

const STAGE: Record<TransferStatus, number> = { PENDING: 0, QUEUED: 1, RUNNING: 2, DONE: 3, REJECTED: 3 };

/**
 * A transfer's progress, one per request, so each live event moves every row and bar showing it.
 * Events and reads can cross on the way (a read sent before the last chunk may answer after its
 * event): counts never go back and neither does the status, or a finished request could show as
 * moving again with no event left to correct it.
 */
export const TRANSFER_PROGRESS_POLICY: TypePolicy = {
  keyFields: ['requestId'],
  fields: {
    done: { merge: furthest },
    moved: { merge: furthest },
    failed: { merge: furthest },
    status: {
      merge: (existing: TransferStatus | undefined, incoming: TransferStatus) =>
        existing !== undefined && STAGE[existing] > STAGE[incoming] ? existing : incoming,
    },
  },
};
