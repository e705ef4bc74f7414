import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatCount, formatDecimal, formatShare } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS } from '../analytics-labels';
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

/** Dwell time: how long customers that left the pool in the range had waited in it. */
export function DwellFigures({ data }: { data: PoolAnalytics }) {
  const { dwell } = data;
  return (
    <ChartCard id="dwell" title={L.dwell} definition={CHART_DEFINITIONS.dwell} range={data}
      csv={{ header: [L.exits, L.median, L.p90], rows: [[dwell.exits, dwell.medianDays, dwell.p90Days]] }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <Figure label={L.median} value={dwell.medianDays === null ? '—' : L.days(formatDecimal(dwell.medianDays, undefined, 1))} testId="dwell-median" />
        <Figure label={L.p90} value={dwell.p90Days === null ? '—' : L.days(formatDecimal(dwell.p90Days, undefined, 1))} testId="dwell-p90" />
      </Box>
      <Typography variant="caption" color="text.secondary">{L.exitsCaption(formatCount(dwell.exits))}</Typography>
    </ChartCard>
  );
}

/** Dead stock: the share of the pool that has waited 90 days or more. */
export function DeadStockFigure({ data }: { data: PoolAnalytics }) {
  const { deadStock } = data;
  return (
    <ChartCard id="dead-stock" title={L.deadStock} definition={CHART_DEFINITIONS.deadStock} range={data}
      csv={{ header: [L.poolSize, L.dead, L.share], rows: [[deadStock.poolSize, deadStock.dead, deadStock.share]] }}>
      <Figure label={L.share} value={formatShare(deadStock.share)} testId="dead-stock-share" />
      <Typography variant="caption" color="text.secondary">{L.deadOf(formatCount(deadStock.dead), formatCount(deadStock.poolSize))}</Typography>
    </ChartCard>
  );
}
