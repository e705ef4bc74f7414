import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { hasErrorCode } from '../../../shared/errors/describe-error';
import { useCoalesced } from '../../../shared/hooks/useCoalesced';
import { useTransferProgress } from '../hooks/useTransferProgress';
import { useTransferRequest } from '../hooks/useTransferRequest';
import { fromToText } from '../transfer-labels';
import { isFinished, type TransferDetail, type TransferFailedItem } from '../transfer-types';
import { TransferCountsGrid } from './TransferCountsGrid';
import { TransferDecision } from './TransferDecision';
import { TransferFailedItems } from './TransferFailedItems';
import { TransferProgressBar } from './TransferProgressBar';
import { TransferReceiverList } from './TransferReceiverList';
import { TransferStatusChip } from './TransferStatusChip';

/** One request opened: what moves per kind and per receiver, the note, the decision, live progress and what stayed. */
export function TransferDetailPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { data, error, refetch } = useTransferRequest(id);
  // Each chunk's event moves the bar by itself (cache); the decision, the finish and what stayed are read again.
  const reread = useCoalesced(() => refetch().catch(() => undefined), 1000);
  const request = data?.transferRequest;
  // One subscription from the wait through the decision to the end: none of its events is missed between them.
  useTransferProgress(id, { skip: !request || isFinished(request.progress.status), onEvent: reread });
  return (
    <Box sx={{ p: 2 }} data-testid="transfer-detail" data-request-id={id} data-status={request?.progress.status ?? ''}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1.5 }}>
        <Typography variant="h2" component="h2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="transfer-detail-title">
          {request ? fromToText(request, t) : null}
        </Typography>
        <IconButton onClick={onClose} aria-label={t('transfers.detail.close')} size="small" data-testid="transfer-detail-close">
          <Close fontSize="small" />
        </IconButton>
      </Box>
      {error ? (
        hasErrorCode(error, 'NOT_FOUND') ? <Alert severity="warning">{t('transfers.detail.notFound')}</Alert> : <RetryAlert error={error} onRetry={refetch} />
      ) : !request ? (
        <Skeleton variant="rounded" height={240} />
      ) : (
        <TransferDetailBody request={request} failedItems={data.failedItems} />
      )}
    </Box>
  );
}

function TransferDetailBody({ request, failedItems }: { request: TransferDetail; failedItems: TransferFailedItem[] }) {
  const t = useT();
  const fmt = useFormat();
  const status = request.progress.status;
  const started = status !== 'PENDING' && status !== 'REJECTED';
  return (
    <Stack spacing={2} divider={<Divider flexItem />}>
      <Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <TransferStatusChip status={status} />
          {request.departure ? <Chip size="small" variant="outlined" label={t('transfers.departure')} /> : null}
        </Box>
        <Typography variant="body2" color="text.secondary">{t('transfers.requested', { name: request.requestedBy.name, when: fmt.dateTime(request.requestedAt) })}</Typography>
        {request.decidedBy && request.decidedAt ? (
          <Typography variant="body2" color="text.secondary" data-testid="transfer-decided">
            {t(status === 'REJECTED' ? 'transfers.decided.rejected' : 'transfers.decided.approved', { name: request.decidedBy.name, when: fmt.dateTime(request.decidedAt) })}
            {request.decisionComment ? ` ${t('transfers.decided.comment', { comment: request.decisionComment })}` : null}
          </Typography>
        ) : null}
        {request.finishedAt ? <Typography variant="body2" color="text.secondary">{t('transfers.finished', { when: fmt.dateTime(request.finishedAt) })}</Typography> : null}
      </Box>
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('transfers.note.title')}</Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="transfer-note-text">{request.note}</Typography>
        {request.keepReadDays ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>{t('transfers.keepRead', { name: request.from.name, days: request.keepReadDays })}</Typography>
        ) : null}
      </Box>
      {status === 'PENDING' ? (
        request.canDecide ? (
          <TransferDecision requestId={request.id} />
        ) : (
          <Alert severity="info" data-testid="transfer-waiting">{t('transfers.detail.waiting', { name: request.requestedBy.name })}</Alert>
        )
      ) : null}
      {started ? (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('transfers.progress.title')}</Typography>
          <TransferProgressBar progress={request.progress} live={false} />
        </Box>
      ) : null}
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('transfers.counts.title')}</Typography>
        <TransferCountsGrid counts={request.counts} />
      </Box>
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('transfers.receivers.title')}</Typography>
        <TransferReceiverList shares={request.perReceiver} fromName={request.from.name} />
      </Box>
      {started ? <TransferFailedItems items={failedItems} fromName={request.from.name} finished={status === 'DONE'} /> : null}
    </Stack>
  );
}
