import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useT } from '../../../i18n/I18nProvider';
import type { ClaimFailure } from '../hooks/usePoolClaims';

/** Every customer the last batch claim could not take, by name, with why; the rep dismisses it. */
export function ClaimFailures({ failures, onDismiss }: { failures: ClaimFailure[]; onDismiss: () => void }) {
  const t = useT();
  if (failures.length === 0) return null;
  return (
    <Alert severity="warning" onClose={onDismiss} sx={{ mb: 2 }} data-testid="claim-failures">
      <AlertTitle>{t('pool.failures.title', { count: failures.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {failures.map((f) => (
          <li key={f.customerId} data-testid="claim-failure" data-customer-id={f.customerId}>
            {t.rich('pool.failures.item', { name: f.companyName, reason: f.message, b: (chunks) => <strong>{chunks}</strong> })}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
