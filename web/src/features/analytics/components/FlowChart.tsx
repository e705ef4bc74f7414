import { BarPlot } from '@mui/x-charts/BarChart';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsGrid } from '@mui/x-charts/ChartsGrid';
import { ChartsLegend } from '@mui/x-charts/ChartsLegend';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsWrapper } from '@mui/x-charts/ChartsWrapper';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { chartDefinition, chartTitle, seriesName } from '../analytics-labels';
import { bucketLabel } from '../analytics-format';
import type { PoolAnalytics, PoolFlowBucket } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';

type Kind = keyof Pick<PoolFlowBucket, 'recycledNoFollowUp' | 'recycledNoDeal' | 'returned' | 'released' | 'imported' | 'claimed' | 'assigned'>;

const INFLOW: { key: Kind; color: string }[] = [
  { key: 'recycledNoFollowUp', color: '#c2410c' },
  { key: 'recycledNoDeal', color: '#f59e0b' },
  { key: 'returned', color: '#7c3aed' },
  { key: 'released', color: '#64748b' },
  { key: 'imported', color: '#0ea5e9' },
];
const OUTFLOW: { key: Kind; color: string }[] = [
  { key: 'claimed', color: '#0f766e' },
  { key: 'assigned', color: '#14b8a6' },
];

/**
 * Inflow by kind stacked above the axis, outflow stacked below it (drawn negative, labelled as
 * counts), and the net flow as a line across both.
 */
export function FlowChart({ data, compact }: { data: PoolAnalytics; compact: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const { buckets } = data;
  const labels = buckets.map((b) => bucketLabel(b.start, data.bucket, fmt));
  const absolute = (v: number | null) => (v === null ? '' : fmt.count(Math.abs(v)));
  const series = [
    ...INFLOW.map(({ key, color }) => ({
      type: 'bar' as const, id: key, label: seriesName(key, t), color, stack: 'flow', data: buckets.map((b) => b[key]), valueFormatter: absolute,
    })),
    ...OUTFLOW.map(({ key, color }) => ({
      type: 'bar' as const, id: key, label: seriesName(key, t), color, stack: 'flow', data: buckets.map((b) => -b[key]), valueFormatter: absolute,
    })),
    {
      type: 'line' as const, id: 'netFlow', label: seriesName('netFlow', t), color: '#1a2630', curve: 'linear' as const, showMark: buckets.length <= (compact ? 14 : 31), data: buckets.map((b) => b.netFlow),
      valueFormatter: (v: number | null) => (v === null ? '' : `${v > 0 ? '+' : ''}${fmt.count(v)}`),
    },
  ];
  const header = [
    t('analytics.column.bucketStart'),
    t('analytics.column.bucketEnd'),
    ...INFLOW.map((k) => seriesName(k.key, t)),
    seriesName('inflow', t),
    ...OUTFLOW.map((k) => seriesName(k.key, t)),
    seriesName('outflow', t),
    seriesName('netFlow', t),
  ];
  const rows = buckets.map((b) => [b.start, b.end, ...INFLOW.map((k) => b[k.key]), b.inflow, ...OUTFLOW.map((k) => b[k.key]), b.outflow, b.netFlow]);
  return (
    <ChartCard id="flows" title={chartTitle('flows', t)} definition={chartDefinition('flows', t)} range={data} csv={{ header, rows }} wide>
      {buckets.length === 0 ? (
        <NoData />
      ) : (
        <ChartsDataProvider
          height={compact ? 300 : 340}
          skipAnimation
          margin={{ left: 8, right: 16 }}
          series={series}
          xAxis={[{ id: 'x', scaleType: 'band', data: labels, height: 28 }]}
          yAxis={[{ id: 'y', width: 48, valueFormatter: (v: number) => fmt.count(v) }]}
        >
          <ChartsWrapper legendPosition={{ vertical: 'top', horizontal: 'start' }}>
            <ChartsLegend sx={{ fontSize: compact ? 11 : 12 }} />
            <ChartsSurface>
              <ChartsGrid horizontal />
              <BarPlot />
              <ChartsReferenceLine y={0} lineStyle={{ stroke: '#5b6b79' }} />
              <LinePlot />
              <MarkPlot />
              <ChartsAxisHighlight x="band" />
              <ChartsXAxis axisId="x" />
              <ChartsYAxis axisId="y" />
            </ChartsSurface>
            <ChartsTooltip trigger="axis" />
          </ChartsWrapper>
        </ChartsDataProvider>
      )}
    </ChartCard>
  );
}
