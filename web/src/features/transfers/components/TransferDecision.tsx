import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TRANSFER_LIMITS } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useDecideTransfer } from '../hooks/useDecideTransfer';

/** Approve (it starts) or reject (nothing moves), with an optional comment; offered only to those who may decide. */
export function TransferDecision({ requestId }: { requestId: string }) {
  const t = useT();
  const [comment, setComment] = useState('');
  const { decide, deciding } = useDecideTransfer();
  const handleError = useErrorHandler();
  const notify = useNotify();

  async function send(approve: boolean) {
    try {
      await decide(requestId, approve, comment);
      notify(t(approve ? 'transfers.decision.approved' : 'transfers.decision.rejected'), approve ? 'success' : 'info');
    } catch (error) {
      handleError(error);
    }
  }

  return (
    <Box data-testid="transfer-decision">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('transfers.decision.title')}</Typography>
      <TextField label={t('transfers.decision.comment')} fullWidth multiline minRows={2} value={comment} onChange={(e) => setComment(e.target.value)}
        disabled={deciding} slotProps={{ htmlInput: { maxLength: TRANSFER_LIMITS.commentMax, 'data-testid': 'transfer-decision-comment' } }} />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, mt: 1.5 }}>
        <Button color="inherit" variant="outlined" onClick={() => void send(false)} disabled={deciding} data-testid="transfer-reject">
          {t('transfers.decision.reject')}
        </Button>
        <Button variant="contained" onClick={() => void send(true)} disabled={deciding} data-testid="transfer-approve">
          {t('transfers.decision.approve')}
        </Button>
      </Box>
    </Box>
  );
}
