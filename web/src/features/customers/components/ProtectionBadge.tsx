import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { recycleExclusion, type CustomerStatus, type PoolPolicy } from '@berth/domain';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { protectionUrgency } from '../protection-urgency';
import { PROTECTION_LOOKS } from './protection-looks';

interface Props {
  protectedUntil: string | null;
  /** With these, a customer the policy never recycles (won, locked) shows as kept, not as a countdown. */
  status?: CustomerStatus;
  locked?: boolean;
  /** One `now` per list (useNow), so every row counts down together. */
  now: Date;
  policy: PoolPolicy;
}

/** A list's short countdown: "12 days left" in green, amber inside the reminder lead, "Ended" in red. */
export function ProtectionBadge({ protectedUntil, status, locked, now, policy }: Props) {
  const t = useT();
  const fmt = useFormat();
  const state = protectionUrgency(protectedUntil, now, policy);
  if (!state) return null;
  const kept = status === undefined ? null : recycleExclusion({ status, locked: locked ?? false }, policy);
  if (kept) return <KeptBadge why={kept} />;
  const { color, Icon } = PROTECTION_LOOKS[state];
  const ended = state === 'EXPIRED';
  return (
    <Tooltip title={t(ended ? 'customers.badge.endedOn' : 'customers.badge.protectedUntil', { dateTime: fmt.dateTime(protectedUntil) })}>
      <Box
        component="span"
        data-testid="protection-badge"
        data-state={state}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          color,
          typography: 'body2',
          fontWeight: state === 'PROTECTED' ? 400 : 650,
          whiteSpace: 'nowrap',
        }}
      >
        <Icon sx={{ fontSize: 18 }} />
        {ended ? t('customers.badge.ended') : fmt.timeLeft(protectedUntil, now)}
      </Box>
    </Tooltip>
  );
}

const KEPT = {
  WON: { text: 'customers.badge.keptWon', why: 'customers.badge.keptWonWhy' },
  LOCKED: { text: 'customers.badge.keptLocked', why: 'customers.badge.keptLockedWhy' },
} as const;

/** Won and locked customers never go back to the pool (per the policy): nothing to count down. */
function KeptBadge({ why }: { why: keyof typeof KEPT }) {
  const t = useT();
  return (
    <Tooltip title={t(KEPT[why].why)}>
      <Box component="span" data-testid="protection-badge" data-state="KEPT"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', typography: 'body2', whiteSpace: 'nowrap' }}>
        <VerifiedUserOutlined sx={{ fontSize: 18 }} />
        {t(KEPT[why].text)}
      </Box>
    </Tooltip>
  );
}
