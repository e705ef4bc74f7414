import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ChipProps } from '@mui/material/Chip';
import type { CustomerStatus } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { STATUS_LABELS } from '../customer-labels';
import type { CustomerHeaderCustomer } from './CustomerHeader.fragment';

const TIER_COLORS: Record<string, string> = { A: '#0f4c5c', B: '#3c7684', C: '#8aa4ad' };

const STATUS_COLORS: Record<CustomerStatus, ChipProps['color']> = {
  NEW: 'info',
  FOLLOWING_UP: 'primary',
  NEGOTIATING: 'warning',
  WON: 'success',
  LOST: 'default',
};

/** Tier codes are short ("A"); the name explains them on hover. */
export function TierChip({ tier }: { tier: CustomerHeaderCustomer['tier'] }) {
  return (
    <Tooltip title={tier.name}>
      <Chip
        label={tier.code}
        sx={{ fontWeight: 700, minWidth: 32, color: '#fff', bgcolor: TIER_COLORS[tier.code] ?? 'grey.600' }}
        data-testid="tier-chip"
      />
    </Tooltip>
  );
}

export function StatusChip({ status }: { status: CustomerStatus }) {
  const t = useT();
  return <Chip label={t(STATUS_LABELS[status])} color={STATUS_COLORS[status]} variant="outlined" />;
}

/** As many tags as fit on one line; the rest is counted, and listed on hover. */
export function TagChips({ tags, max = 3 }: { tags: string[]; max?: number }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, max);
  const hidden = tags.slice(max);
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center', minWidth: 0 }}>
      {shown.map((tag) => (
        <Chip key={tag} label={tag} variant="outlined" sx={{ maxWidth: 140 }} />
      ))}
      {hidden.length > 0 ? (
        <Tooltip title={hidden.join(', ')}>
          <Chip label={`+${hidden.length}`} />
        </Tooltip>
      ) : null}
    </Box>
  );
}
