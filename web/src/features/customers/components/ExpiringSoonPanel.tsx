import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import type { PoolPolicy } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { ExpiringSoonPanelCustomer } from './ExpiringSoonPanel.fragment';
import { ProtectionBadge } from './ProtectionBadge';

interface Props {
  /** Already picked and sorted (selectExpiringSoon). */
  customers: ExpiringSoonPanelCustomer[];
  now: Date;
  policy: PoolPolicy;
  showOwner: boolean;
  /** Phones show fewer rows and a shorter explanation. */
  compact: boolean;
  /** Customers in the window beyond those read (see useExpiringSoon): counted, not listed. */
  more: number;
  /** Nothing read yet: no "nothing ends" before we know. */
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
}

/**
 * The customers to follow up first, above the list: protection ending within the reminder lead
 * (amber) or already over and not yet recycled (red), soonest first, each linking to its page.
 */
export function ExpiringSoonPanel({ customers, now, policy, showOwner, compact, more, loading, failed, onRetry }: Props) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const limit = compact ? 3 : 6;
  const shown = expanded ? customers : customers.slice(0, limit);
  const days = policy.reminderLeadDays;

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="expiring-soon-title"
      data-testid="expiring-soon"
      data-count={customers.length}
      aria-busy={loading}
      sx={{ mb: 2, overflow: 'hidden', borderColor: customers.length + more > 0 ? 'warning.light' : 'divider' }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.25, px: 2, py: 1.25 }}>
        <GppMaybeOutlined color="warning" fontSize="small" />
        <Typography id="expiring-soon-title" variant="subtitle1" component="h2" sx={{ fontWeight: 650 }}>
          {t('customers.expiring.title')}
        </Typography>
        {customers.length + more > 0 ? (
          <Chip label={more > 0 ? `${customers.length}+` : customers.length} color="warning" sx={{ fontWeight: 700 }} />
        ) : null}
        <Typography variant="body2" color="text.secondary" sx={{ flexBasis: { xs: '100%', sm: 'auto' }, ml: { sm: 1 } }}>
          {t(compact ? 'customers.expiring.explainShort' : 'customers.expiring.explain', { days })}
        </Typography>
      </Box>
      {loading ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1.5 }}>
          {t('customers.expiring.loading')}
        </Typography>
      ) : failed ? (
        <Typography variant="body2" color="error" sx={{ px: 2, pb: 1.5 }}>
          {t('customers.expiring.failed')}{' '}
          <Button size="small" color="inherit" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Typography>
      ) : customers.length === 0 ? (
        more > 0 ? null : (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1.5 }} data-testid="expiring-soon-empty">
            {t('customers.expiring.empty', { days })}
          </Typography>
        )
      ) : (
        <Box
          component="ul"
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'repeat(auto-fill, minmax(360px, 1fr))' },
            borderTop: 1,
            borderColor: 'divider',
          }}
        >
          {shown.map((customer) => (
            <Box
              component="li"
              key={customer.id}
              data-testid="expiring-soon-item"
              data-customer-id={customer.id}
              sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', minWidth: 0 }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Link
                  component={RouterLink}
                  to={`/customers/${customer.id}`}
                  title={customer.companyName}
                  underline="hover"
                  noWrap
                  sx={{ display: 'block', fontWeight: 600 }}
                >
                  {customer.companyName}
                </Link>
                {showOwner && customer.owner ? (
                  <Typography variant="caption" color="text.secondary" noWrap component="div">
                    {customer.owner.name}
                  </Typography>
                ) : null}
              </Box>
              <ProtectionBadge protectedUntil={customer.protectedUntil} now={now} policy={policy} />
            </Box>
          ))}
        </Box>
      )}
      {customers.length > limit || more > 0 ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, px: 2, py: 0.5 }}>
          {customers.length > limit ? (
            <Button size="small" onClick={() => setExpanded((e) => !e)} data-testid="expiring-soon-toggle">
              {expanded ? t('customers.expiring.showFewer') : t('customers.expiring.showAll', { count: customers.length })}
            </Button>
          ) : null}
          {/* Phones list customers as cards, which have no sort to point to. */}
          {more > 0 ? (
            <Typography variant="caption" color="text.secondary" data-testid="expiring-soon-more">
              {t(compact ? 'customers.expiring.moreShort' : 'customers.expiring.more', { count: more })}
            </Typography>
          ) : null}
        </Box>
      ) : null}
    </Paper>
  );
}
