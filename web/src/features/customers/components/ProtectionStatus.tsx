import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useNow } from '../../../shared/hooks/useNow';
import { usePoolPolicy } from '../../settings/hooks/usePoolPolicy';
import { protectionUrgency } from '../protection-urgency';
import { PROTECTION_LOOKS } from './protection-looks';

/**
 * "Protected until 22 Dec 2026 · 12 days left", live: amber in the reminder window before the
 * end (the served policy's lead days), red once over, when the customer goes back to the pool.
 */
export function ProtectionStatus({ protectedUntil }: { protectedUntil: string }) {
  const t = useT();
  const fmt = useFormat();
  const now = useNow();
  const policy = usePoolPolicy().rules;
  const state = protectionUrgency(protectedUntil, now, policy);
  if (!state) return null;
  const { color, Icon } = PROTECTION_LOOKS[state];
  const text =
    state === 'EXPIRED'
      ? t('customers.protection.endedOn', { date: fmt.date(protectedUntil) })
      : t('customers.protection.until', { date: fmt.date(protectedUntil), left: fmt.timeLeft(protectedUntil, now) });
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color }} data-testid="customer-protection" data-state={state}>
      <Icon fontSize="small" />
      <Tooltip title={t('customers.protection.untilTooltip', { dateTime: fmt.dateTime(protectedUntil) })}>
        <Typography variant="body2" sx={{ fontWeight: state === 'PROTECTED' ? 400 : 600 }}>
          {text}
        </Typography>
      </Tooltip>
    </Stack>
  );
}
