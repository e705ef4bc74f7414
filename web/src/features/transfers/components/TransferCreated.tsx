import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useTransferRequest } from '../hooks/useTransferRequest';
import type { TransferDetail } from '../transfer-types';
import { TransferCountsGrid } from './TransferCountsGrid';
import { TransferProgressBar } from './TransferProgressBar';

/** The request just made: waiting for approval, or already moving (live). */
export function TransferCreated({ request }: { request: TransferDetail }) {
  const t = useT();
  const pending = request.status === 'PENDING';
  // A small transfer may finish before the bar's subscription is up: one read as it starts listening
  // brings the progress so far into the cache (the bar reads it from there).
  useTransferRequest(request.id, { skip: pending });
  return (
    <Stack spacing={2} data-testid="transfer-created" data-status={request.status} data-request-id={request.id}>
      <Alert severity={pending ? 'info' : 'success'}>{t(pending ? 'transfers.start.pending' : 'transfers.start.queued')}</Alert>
      <TransferCountsGrid counts={request.counts} />
      {pending ? null : <TransferProgressBar progress={request.progress} />}
      <Button component={RouterLink} to={`/transfers?id=${request.id}`} variant="text" sx={{ alignSelf: 'flex-start' }} data-testid="transfer-open">
        {t('transfers.start.open')}
      </Button>
    </Stack>
  );
}
