import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { outcomeLabel } from '../transfer-labels';
import type { TransferFailedItem } from '../transfer-types';

/** The customers that stayed with the rep, each with why. */
export function TransferFailedItems({ items, fromName, finished }: { items: TransferFailedItem[]; fromName: string; finished: boolean }) {
  const t = useT();
  return (
    <Box data-testid="transfer-failed" data-count={items.length}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('transfers.failed.title', { name: fromName })}</Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t(finished ? 'transfers.failed.noneAtAll' : 'transfers.failed.none')}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {items.map((item) => (
            <Box component="li" key={item.customerId} data-testid="transfer-failed-item" data-outcome={item.outcome ?? ''} sx={{ py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
              {item.companyName ? (
                <Link component={RouterLink} to={`/customers/${item.customerId}`} variant="body2">{item.companyName}</Link>
              ) : (
                <Typography variant="body2" color="text.secondary">{t('transfers.failed.hidden')}</Typography>
              )}
              <Typography variant="caption" color="text.secondary" component="div">{outcomeLabel(item.outcome, t)}</Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
