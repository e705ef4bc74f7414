import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Checkbox from '@mui/material/Checkbox';
import CardActionArea from '@mui/material/CardActionArea';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PoolPolicy } from '@berth/domain';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { StatusChip, TagChips, TierChip } from './CustomerChips';
import type { CustomerCardListCustomer } from './CustomerCardList.fragment';
import { ProtectionBadge } from './ProtectionBadge';

interface Props {
  customers: CustomerCardListCustomer[];
  loading: boolean;
  showOwner: boolean;
  /** The page's clock and the served policy, for the protection countdown on each card. */
  now: Date;
  policy: PoolPolicy;
  /** Ticked cards, for a manager's bulk moves; without it there are no checkboxes. */
  selection?: { ids: string[]; onToggle: (id: string, on: boolean) => void };
}

/** The phone view of the customer list: one tappable card per customer, the essentials only. */
export function CustomerCardList({ customers, loading, showOwner, now, policy, selection }: Props) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Box>
      {loading ? <LinearProgress sx={{ mb: 1 }} /> : null}
      {customers.length === 0 && !loading ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
          {t('customers.noMatches')}
        </Typography>
      ) : null}
      <Stack spacing={1}>
        {customers.map((customer) => {
          const where = [customer.industry, customer.region?.name].filter(Boolean).join(' · ');
          return (
            <Card key={customer.id} data-testid="customer-card" data-customer-id={customer.id} sx={{ display: 'flex', alignItems: 'flex-start' }}>
              {selection ? (
                <Checkbox
                  checked={selection.ids.includes(customer.id)}
                  onChange={(e) => selection.onToggle(customer.id, e.target.checked)}
                  slotProps={{ input: { 'aria-label': customer.companyName, 'data-testid': 'customer-select' } as object }}
                  sx={{ mt: 0.5, ml: 0.5, mr: -1 }}
                />
              ) : null}
              <CardActionArea component={RouterLink} to={`/customers/${customer.id}`} sx={{ p: 1.5, minWidth: 0, flex: 1 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                  <TierChip tier={customer.tier} />
                  <Typography variant="subtitle2" noWrap sx={{ flex: 1, minWidth: 0 }}>
                    {customer.companyName}
                  </Typography>
                  <StatusChip status={customer.status} />
                </Stack>
                {where || customer.owner ? (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 22 }}>
                    <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1, minWidth: 0 }}>
                      {where}
                    </Typography>
                    {customer.owner ? <ProtectionBadge protectedUntil={customer.protectedUntil} status={customer.status} locked={customer.locked} now={now} policy={policy} /> : null}
                  </Stack>
                ) : null}
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 1 }}>
                  <TagChips tags={customer.tags} max={2} />
                  <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0, ml: 'auto' }}>
                    {showOwner ? `${customer.owner?.name ?? t('customers.publicPool')} · ` : ''}
                    {fmt.relative(customer.updatedAt, now)}
                  </Typography>
                </Stack>
              </CardActionArea>
            </Card>
          );
        })}
      </Stack>
    </Box>
  );
}
