import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useFragment } from '@apollo/client/react';
import { useT } from '../../../i18n/I18nProvider';
import { TRANSFER_PROGRESS_FIELDS } from '../hooks/transfer-fields';
import { useTransferProgress } from '../hooks/useTransferProgress';
import { isFinished, type TransferProgress } from '../transfer-types';

interface Props {
  progress: TransferProgress;
  /** Listens itself until the request is finished; off where the page already follows the request. */
  live?: boolean;
}

/** Done of total, moved and stayed; live from `transferProgress` (through the cache) until the request is finished. */
export function TransferProgressBar({ progress, live = true }: Props) {
  const t = useT();
  // The cached copy moves with every event (keyed by request); the prop is the fallback before it is cached.
  const cached = useFragment({ fragment: TRANSFER_PROGRESS_FIELDS, from: { __typename: 'TransferProgress', requestId: progress.requestId } });
  const now = cached.complete ? (cached.data as TransferProgress) : progress;
  useTransferProgress(progress.requestId, { skip: !live || isFinished(now.status) });
  const value = now.total > 0 ? (now.done / now.total) * 100 : 0;
  return (
    <Box data-testid="transfer-progress" data-done={now.done} data-total={now.total} data-moved={now.moved} data-failed={now.failed} data-status={now.status}>
      <LinearProgress variant="determinate" value={value} aria-label={t('transfers.progress.label')} sx={{ height: 8, borderRadius: 4 }}
        color={now.failed > 0 ? 'warning' : 'primary'} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.75 }} data-testid="transfer-progress-line">
        {t('transfers.progress.line', { done: now.done, total: now.total, moved: now.moved, failed: now.failed })}
      </Typography>
    </Box>
  );
}
