import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { TagChips, TierChip } from '../../customers/components/CustomerChips';
import type { ClaimBlock } from '../claim-availability';
import { entryReasonText } from '../entry-reason-text';
import { ENTRY_KIND_LABELS, timeInPool } from '../pool-labels';
import type { PoolCustomerCardCustomer } from './PoolCustomerCard.fragment';

interface Props {
  customer: PoolCustomerCardCustomer;
  now: Date;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onClaim: () => void;
  /** Opens the customer's pool history and previous follow-ups. */
  onHistory: () => void;
  claiming: boolean;
  /** Why the last claim of this customer was refused. */
  refusal?: { code: string | null; message: string };
  /** Why Claim and the checkbox are disabled before trying (a cooldown, no claims left, enough ticked). */
  block: ClaimBlock;
}

/** One pool customer: what it is, how and when it came to the pool, who held it, its history, and a Claim button. */
export function PoolCustomerCard({ customer, now, selected, onSelect, onClaim, onHistory, claiming, refusal, block }: Props) {
  const t = useT();
  const fmt = useFormat();
  const where = [customer.industry, customer.region?.name].filter(Boolean).join(' · ');
  const { entry } = customer;
  const previous = entry?.previousOwner
    ? [entry.previousOwner.name, entry.previousOwner.departmentName].filter(Boolean).join(' · ')
    : null;

  return (
    <Card variant="outlined" data-testid="pool-card" data-customer-id={customer.id} sx={{ p: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Tooltip title={block.select ?? ''}>
          <span>
            <Checkbox
              checked={selected}
              disabled={block.select !== null}
              onChange={(e) => onSelect(e.target.checked)}
              slotProps={{ input: { 'aria-label': t('pool.card.select', { name: customer.companyName }), 'data-testid': 'pool-select' } as object }}
              sx={{ p: 0.5 }}
            />
          </span>
        </Tooltip>
        <TierChip tier={customer.tier} />
        <Typography variant="subtitle2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="pool-company">
          {customer.companyName}
        </Typography>
        <Tooltip title={block.claim ?? ''}>
          <Box component="span" sx={{ flexShrink: 0 }}>
            <Button size="small" variant="contained" onClick={onClaim} disabled={claiming || block.claim !== null} data-testid="claim-button">
              {claiming ? t('pool.card.claiming') : t('pool.card.claim')}
            </Button>
          </Box>
        </Tooltip>
      </Stack>
      {where ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} noWrap>
          {where}
        </Typography>
      ) : null}
      {entry ? (
        <Box sx={{ mt: 0.75 }} data-testid="pool-entry" data-kind={entry.kind}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip size="small" label={ENTRY_KIND_LABELS[entry.kind] ? t(ENTRY_KIND_LABELS[entry.kind]) : entry.kind} />
            <Tooltip title={fmt.dateTime(entry.enteredAt)}>
              <Typography variant="caption" color="text.secondary" data-testid="pool-time">
                {timeInPool(entry.enteredAt, now, t)}
              </Typography>
            </Tooltip>
          </Stack>
          <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }} data-testid="pool-reason">
            {entryReasonText(entry, t)}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" data-testid="pool-previous-owner">
            {previous ? t('pool.card.previousOwner', { owner: previous }) : t('pool.noPreviousOwner')}
          </Typography>
        </Box>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ mt: 0.75, alignItems: 'center' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>{customer.tags.length > 0 ? <TagChips tags={customer.tags} max={3} /> : null}</Box>
        <Button size="small" startIcon={<HistoryOutlined />} onClick={onHistory} data-testid="pool-history-button" sx={{ flexShrink: 0 }}>
          {t('pool.card.history')}
        </Button>
      </Stack>
      {block.claim && customer.claimHold ? (
        <Typography variant="caption" color="warning.main" component="p" sx={{ mt: 0.75 }} data-testid="claim-hold" data-code={customer.claimHold.code}>
          {block.claim}
        </Typography>
      ) : null}
      {refusal ? (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="claim-refusal" data-code={refusal.code ?? ''}>
          {refusal.message}
        </Alert>
      ) : null}
    </Card>
  );
}
