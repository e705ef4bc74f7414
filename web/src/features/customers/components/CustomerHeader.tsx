import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { ALIAS_KIND_LABELS } from '../customer-labels';
import { StatusChip, TierChip } from './CustomerChips';
import { ProtectionStatus } from './ProtectionStatus';
import type { CustomerHeaderCustomer } from './CustomerHeader.fragment';

/** Who owns this customer, since when and until when protected: the first thing anyone opening it needs to know. */
export function CustomerHeader({ customer, actions }: { customer: CustomerHeaderCustomer; actions?: ReactNode }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', justifyContent: 'space-between', mb: 2 }}>
      <Box sx={{ minWidth: 0 }}>
        <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', mb: 1 }}>
          <TierChip tier={customer.tier} />
          <Typography variant="h1" component="h1" sx={{ overflowWrap: 'anywhere' }} data-testid="customer-title">
            {customer.companyName}
          </Typography>
        </Stack>
        {customer.aliases.length > 0 ? (
          // The other names the company goes by, right under the one it is filed as.
          <Box component="ul" aria-label={t('customers.aliases.listLabel')} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.25, p: 0, m: 0, mb: 1, listStyle: 'none' }} data-testid="customer-aliases">
            {customer.aliases.map((alias, index) => (
              <Typography key={index} component="li" variant="body2" data-testid="customer-alias" data-kind={alias.kind} sx={{ overflowWrap: 'anywhere' }}>
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {t(ALIAS_KIND_LABELS[alias.kind])}
                </Box>{' '}
                {alias.name}
              </Typography>
            ))}
          </Box>
        ) : null}
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', color: 'text.secondary' }}>
          <StatusChip status={customer.status} />
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <PersonOutlined fontSize="small" />
            <Typography variant="body2" data-testid="customer-owner">
              {customer.owner ? customer.owner.name : t('customers.inPublicPool')}
            </Typography>
          </Stack>
          {customer.ownedSince ? (
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <ScheduleOutlined fontSize="small" />
              <Tooltip title={fmt.date(customer.ownedSince)}>
                <Typography variant="body2">{t('customers.header.ownedSince', { when: fmt.relative(customer.ownedSince) })}</Typography>
              </Tooltip>
            </Stack>
          ) : null}
          {customer.owner && customer.protectedUntil ? <ProtectionStatus protectedUntil={customer.protectedUntil} /> : null}
        </Stack>
      </Box>
      {actions ? <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>{actions}</Box> : null}
    </Box>
  );
}
