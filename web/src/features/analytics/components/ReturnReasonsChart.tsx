import { formatCount } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS } from '../analytics-labels';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

export function ReturnReasonsChart({ data, reasonLabel }: { data: PoolAnalytics; reasonLabel: (code: string) => string }) {
  const reasons = [...data.returnReasons].sort((a, b) => b.count - a.count);
  return (
    <ChartCard
      id="reasons"
      title={L.reasons}
      definition={CHART_DEFINITIONS.reasons}
      range={data}
      csv={{ header: [L.reason, L.count], rows: reasons.map((r) => [reasonLabel(r.reason), r.count]) }}
    >
      {reasons.length === 0 ? (
        <NoData />
      ) : (
        <RankedBarChart labels={reasons.map((r) => reasonLabel(r.reason))} values={reasons.map((r) => r.count)} label={L.count}
          format={(v) => formatCount(v)} color="#7c3aed" />
      )}
    </ChartCard>
  );
}
