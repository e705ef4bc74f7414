import { LineChart, lineClasses } from '@mui/x-charts/LineChart';
import { formatCount } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS } from '../analytics-labels';
import { bucketLabel } from '../analytics-format';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';

export function PoolStockChart({ data, compact }: { data: PoolAnalytics; compact: boolean }) {
  const { buckets } = data;
  return (
    <ChartCard
      id="stock"
      title={L.stock}
      definition={CHART_DEFINITIONS.stock}
      range={data}
      csv={{ header: [L.bucketStart, L.bucketEnd, L.stockAtEnd], rows: buckets.map((b) => [b.start, b.end, b.stockAtEnd]) }}
    >
      {buckets.length === 0 ? (
        <NoData />
      ) : (
        <LineChart
          height={compact ? 220 : 280}
          skipAnimation
          hideLegend
          margin={{ left: 8, right: 28 }}
          xAxis={[{ scaleType: 'point', data: buckets.map((b) => bucketLabel(b.start, data.bucket)) }]}
          yAxis={[{ min: 0, width: 48, valueFormatter: (v: number) => formatCount(v) }]}
          series={[{ data: buckets.map((b) => b.stockAtEnd), label: L.stockAtEnd, area: true, curve: 'linear', color: '#0f4c5c', showMark: buckets.length <= 14, valueFormatter: (v) => formatCount(v) }]}
          // A light fill under the line: a solid area hid the grid and read as heavier than the number.
          sx={{ [`& .${lineClasses.area}`]: { fillOpacity: 0.16 } }}
        />
      )}
    </ChartCard>
  );
}
