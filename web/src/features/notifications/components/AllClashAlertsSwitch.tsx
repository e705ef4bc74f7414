import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useT } from '../../../i18n/I18nProvider';
import { InfoTip } from '../../../shared/components/InfoTip';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useSetAllClashAlerts } from '../hooks/useSetAllClashAlerts';

/**
 * An admin's "Clash alerts for every team". The server sends `allClashAlerts` only to an admin
 * about themselves, so anyone else (who always hears of their own customers' clashes) sees nothing.
 */
export function AllClashAlertsSwitch() {
  const t = useT();
  const viewer = useCurrentUser();
  const handleError = useErrorHandler();
  const { setAllClashAlerts } = useSetAllClashAlerts(viewer.id);
  if (viewer.role !== 'ADMIN' || viewer.allClashAlerts === null) return null;

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 2, pb: 1 }}>
      <FormControlLabel
        control={
          <Switch
            size="small"
            checked={viewer.allClashAlerts}
            onChange={(e) => void setAllClashAlerts(e.target.checked).catch((error: unknown) => void handleError(error))}
            slotProps={{ input: { 'data-testid': 'all-clash-alerts' } as object }}
          />
        }
        label={t('notifications.allClashAlerts')}
        slotProps={{ typography: { variant: 'body2' } }}
        sx={{ mr: 0 }}
      />
      <InfoTip text={t('notifications.allClashAlertsHelp')} label={t('notifications.allClashAlertsHelpLabel')} testId="all-clash-alerts-help" />
    </Box>
  );
}
