import { formatCount } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS } from '../analytics-labels';
import { groupCounts } from '../analytics-format';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

export function ReturnReasonsChart({ data, reasonLabel }: { data: PoolAnalytics; reasonLabel: (reason: string) => string }) {
  const reasons = groupCounts(data.returnReasons, reasonLabel);
  return (
    <ChartCard
      id="reasons"
      title={L.reasons}
      definition={CHART_DEFINITIONS.reasons}
      range={data}
      csv={{ header: [L.reason, L.count], rows: reasons.map((r) => [r.name, r.count]) }}
    >
      {reasons.length === 0 ? (
        <NoData />
      ) : (
        <RankedBarChart labels={reasons.map((r) => r.name)} values={reasons.map((r) => r.count)} label={L.count}
          format={(v) => formatCount(v)} color="#7c3aed" />
      )}
    </ChartCard>
  );
}
