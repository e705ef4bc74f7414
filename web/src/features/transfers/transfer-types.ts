import type {
  PreviewTransferQuery,
  TransferCountsFieldsFragment,
  TransferDetailFieldsFragment,
  TransferProgressFieldsFragment,
  TransferRequestQuery,
  TransferStatus,
  TransferSummaryFieldsFragment,
} from '../../gql/graphql';

/** What the dashboard reads of a transfer request (schema.graphql: TransferRequest and its parts), as generated. */
export type { TransferInput, TransferReceiverMode, TransferStatus } from '../../gql/graphql';

export type TransferCounts = TransferCountsFieldsFragment;
export type TransferProgress = TransferProgressFieldsFragment;
export type TransferSummary = TransferSummaryFieldsFragment;
export type TransferDetail = TransferDetailFieldsFragment;
export type TransferPreview = PreviewTransferQuery['previewTransfer'];
/** A customer that stayed with its owner; `outcome` says why (null until the job reached it). */
export type TransferFailedItem = TransferRequestQuery['failedItems'][number];
/** How many customers one receiver gets; `user` null is the pool; `room` only in a preview. */
export type TransferShare = TransferDetail['perReceiver'][number] & Partial<Pick<TransferPreview['perReceiver'][number], 'room'>>;

/** Statuses after which nothing changes any more. */
export function isFinished(status: TransferStatus): boolean {
  return status === 'DONE' || status === 'REJECTED';
}
