import { Link as RouterLink } from 'react-router';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { chartDefinition, chartTitle } from '../analytics-labels';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';

/** Customers going round and round: recycled three or more times in a year. */
export function ChurnLoopList({ data }: { data: PoolAnalytics }) {
  const t = useT();
  const fmt = useFormat();
  const loops = [...data.churnLoops].sort((a, b) => b.recycles - a.recycles || a.companyName.localeCompare(b.companyName));
  return (
    <ChartCard
      id="churn-loops"
      title={chartTitle('churnLoops', t)}
      definition={chartDefinition('churnLoops', t)}
      range={data}
      csv={{
        header: [t('analytics.column.customer'), t('analytics.column.recycles'), t('analytics.inPool')],
        rows: loops.map((c) => [c.companyName, c.recycles, t(c.inPool ? 'common.yes' : 'common.no')]),
      }}
    >
      {loops.length === 0 ? (
        <NoData />
      ) : (
        <List dense disablePadding sx={{ maxHeight: 360, overflowY: 'auto' }}>
          {loops.map((c) => (
            <ListItem key={c.customerId} disableGutters divider data-testid="churn-loop" data-customer-id={c.customerId}
              sx={{ gap: 1, display: 'flex' }}>
              <Link component={RouterLink} to={`/customers/${c.customerId}`} underline="hover" noWrap sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}>
                {c.companyName}
              </Link>
              {c.inPool ? <Chip label={t('analytics.inPool')} variant="outlined" /> : null}
              <Typography variant="body2" color="text.secondary" sx={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
                {t('analytics.recycledTimes', { count: fmt.count(c.recycles) })}
              </Typography>
            </ListItem>
          ))}
        </List>
      )}
    </ChartCard>
  );
}
