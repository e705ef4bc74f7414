import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { TransferPreview } from '../transfer-types';
import { TransferCountsGrid } from './TransferCountsGrid';
import { TransferReceiverList } from './TransferReceiverList';

interface Props {
  preview: TransferPreview | null;
  loading: boolean;
  /** The problem that stops a preview (e.g. a receiver outside the team), in words. */
  problem: string | null;
  fromName: string;
}

/** What the transfer would move and to whom, whether it waits for approval, and where a receiver lacks room. */
export function TransferPreviewPanel({ preview, loading, problem, fromName }: Props) {
  const t = useT();
  return (
    <Box data-testid="transfer-preview" data-state={loading ? 'loading' : preview ? 'ready' : 'empty'} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('transfers.start.previewTitle')}</Typography>
      {loading ? <LinearProgress sx={{ mb: 1, height: 2 }} aria-label={t('transfers.start.previewLoading')} /> : null}
      {problem ? (
        <Alert severity="error" data-testid="transfer-preview-problem">{problem}</Alert>
      ) : preview ? (
        <Stack spacing={1.5}>
          <Alert severity={preview.needsApproval ? 'info' : 'success'} data-testid="transfer-preview-approval" data-needs-approval={preview.needsApproval}>
            {t(preview.needsApproval ? 'transfers.start.needsApproval' : 'transfers.start.noApproval')}
          </Alert>
          <TransferCountsGrid counts={preview.counts} />
          <TransferReceiverList shares={preview.perReceiver} fromName={fromName} />
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t(loading ? 'transfers.start.previewLoading' : 'transfers.start.previewEmpty')}
        </Typography>
      )}
    </Box>
  );
}
