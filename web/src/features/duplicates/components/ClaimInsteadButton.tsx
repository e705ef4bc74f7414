import { useState } from 'react';
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { useClaimCustomers } from '../../pool/hooks/useClaimCustomers';
import { refusalMessage } from '../../pool/claim-availability';
import { useClaimInsteadBlock } from '../hooks/useClaimInsteadBlock';
import { useClaimInsteadContext } from './claim-instead-context';

interface Props {
  /** The pool customer's id; null when the match may not be opened from here. */
  customerId: string | null;
  companyName: string;
}

/** A pool match can be claimed rather than entered twice: claim it, close the form, open it. */
export function ClaimInsteadButton({ customerId, companyName }: Props) {
  const { t, fmt } = useI18n();
  const { claimCustomers, loading } = useClaimCustomers();
  const { onClaimed } = useClaimInsteadContext();
  const navigate = useNavigate();
  const notify = useNotify();
  const handleError = useErrorHandler();
  const [refusal, setRefusal] = useState<string | null>(null);
  const blocked = useClaimInsteadBlock(customerId);

  if (!customerId) {
    return (
      <Tooltip title={t('duplicates.claimInstead.notHere')} enterTouchDelay={0}>
        {/* A disabled button fires no events: the span lets the tooltip still explain it. */}
        <span>
          <Button size="small" variant="outlined" disabled data-testid="claim-instead-button">
            {t('duplicates.claimInstead')}
          </Button>
        </span>
      </Tooltip>
    );
  }

  async function claim(id: string) {
    setRefusal(null);
    try {
      const [result] = await claimCustomers([id]);
      if (result?.ok) {
        notify(t('pool.claims.wonOne', { name: companyName }), 'success');
        onClaimed?.();
        navigate(`/customers/${id}`);
      } else {
        setRefusal(result ? refusalMessage(result, { t, fmt }) : t('pool.claim.refused'));
      }
    } catch (error) {
      setRefusal(handleError(error, { inline: true }).message);
    }
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', maxWidth: 280 }}>
      <Button size="small" variant="outlined" disabled={loading || blocked !== null} onClick={() => void claim(customerId)} data-testid="claim-instead-button">
        {loading ? t('duplicates.claimInstead.claiming') : t('duplicates.claimInstead')}
      </Button>
      {blocked && !refusal ? (
        <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'right' }} data-testid="claim-instead-blocked">
          {blocked}
        </Typography>
      ) : null}
      {refusal ? (
        <Typography variant="caption" color="error" role="alert" sx={{ textAlign: 'right' }} data-testid="claim-instead-error">
          {refusal}
        </Typography>
      ) : null}
    </Box>
  );
}
