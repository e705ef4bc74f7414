import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Formatter } from '../../../i18n/formatter';
import type { Translate } from '../../../i18n/translator';
import { chartDefinition, chartTitle } from '../analytics-labels';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard } from './ChartCard';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">{label}</Typography>
      <Typography variant="h2" component="div" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums' }}>{value}</Typography>
    </Box>
  );
}

/** "12.5 days", to a tenth; "—" when nothing left the pool. */
function days(value: number | null, t: Translate, fmt: Formatter): string {
  return value === null ? t('common.none') : t('analytics.days', { count: value, days: fmt.decimal(value, 1) });
}

/** Dwell time: how long customers that left the pool in the range had waited in it. */
export function DwellFigures({ data }: { data: PoolAnalytics }) {
  const t = useT();
  const fmt = useFormat();
  const { dwell } = data;
  return (
    <ChartCard id="dwell" title={chartTitle('dwell', t)} definition={chartDefinition('dwell', t)} range={data}
      csv={{ header: [t('analytics.column.exits'), t('analytics.column.median'), t('analytics.column.p90')], rows: [[dwell.exits, dwell.medianDays, dwell.p90Days]] }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <Figure label={t('analytics.column.median')} value={days(dwell.medianDays, t, fmt)} testId="dwell-median" />
        <Figure label={t('analytics.column.p90')} value={days(dwell.p90Days, t, fmt)} testId="dwell-p90" />
      </Box>
      <Typography variant="caption" color="text.secondary">{t('analytics.exitsCaption', { count: fmt.count(dwell.exits) })}</Typography>
    </ChartCard>
  );
}

/** Dead stock: the share of the pool that has waited 90 days or more. */
export function DeadStockFigure({ data }: { data: PoolAnalytics }) {
  const t = useT();
  const fmt = useFormat();
  const { deadStock } = data;
  return (
    <ChartCard id="dead-stock" title={chartTitle('deadStock', t)} definition={chartDefinition('deadStock', t)} range={data}
      csv={{ header: [t('analytics.column.poolSize'), t('analytics.column.dead'), t('analytics.column.share')], rows: [[deadStock.poolSize, deadStock.dead, deadStock.share]] }}>
      <Figure label={t('analytics.column.share')} value={fmt.share(deadStock.share)} testId="dead-stock-share" />
      <Typography variant="caption" color="text.secondary">
        {t('analytics.deadOf', { dead: fmt.count(deadStock.dead), size: fmt.count(deadStock.poolSize) })}
      </Typography>
    </ChartCard>
  );
}
