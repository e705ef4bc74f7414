import { LineChart, lineClasses } from '@mui/x-charts/LineChart';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { chartDefinition, chartTitle, seriesName } from '../analytics-labels';
import { bucketLabel } from '../analytics-format';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';

export function PoolStockChart({ data, compact }: { data: PoolAnalytics; compact: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const { buckets } = data;
  return (
    <ChartCard
      id="stock"
      title={chartTitle('stock', t)}
      definition={chartDefinition('stock', t)}
      range={data}
      csv={{ header: [t('analytics.column.bucketStart'), t('analytics.column.bucketEnd'), seriesName('stockAtEnd', t)], rows: buckets.map((b) => [b.start, b.end, b.stockAtEnd]) }}
    >
      {buckets.length === 0 ? (
        <NoData />
      ) : (
        <LineChart
          height={compact ? 220 : 280}
          skipAnimation
          hideLegend
          margin={{ left: 8, right: 28 }}
          xAxis={[{ scaleType: 'point', data: buckets.map((b) => bucketLabel(b.start, data.bucket, fmt)) }]}
          yAxis={[{ min: 0, width: 48, valueFormatter: (v: number) => fmt.count(v) }]}
          series={[{ data: buckets.map((b) => b.stockAtEnd), label: seriesName('stockAtEnd', t), area: true, curve: 'linear', color: '#0f4c5c', showMark: buckets.length <= 14, valueFormatter: (v) => fmt.count(v) }]}
          // A light fill under the line: a solid area hid the grid and read as heavier than the number.
          sx={{ [`& .${lineClasses.area}`]: { fillOpacity: 0.16 } }}
        />
      )}
    </ChartCard>
  );
}
