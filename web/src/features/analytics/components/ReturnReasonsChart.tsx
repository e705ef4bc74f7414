import { useFormat, useT } from '../../../i18n/I18nProvider';
import { chartDefinition, chartTitle } from '../analytics-labels';
import { groupCounts } from '../analytics-format';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

export function ReturnReasonsChart({ data, reasonLabel }: { data: PoolAnalytics; reasonLabel: (reason: string) => string }) {
  const t = useT();
  const fmt = useFormat();
  const reasons = groupCounts(data.returnReasons, reasonLabel);
  return (
    <ChartCard
      id="reasons"
      title={chartTitle('reasons', t)}
      definition={chartDefinition('reasons', t)}
      range={data}
      csv={{ header: [t('analytics.column.reason'), t('analytics.column.count')], rows: reasons.map((r) => [r.name, r.count]) }}
    >
      {reasons.length === 0 ? (
        <NoData />
      ) : (
        <RankedBarChart labels={reasons.map((r) => r.name)} values={reasons.map((r) => r.count)} label={t('analytics.column.count')}
          format={(v) => fmt.count(v)} color="#7c3aed" />
      )}
    </ChartCard>
  );
}
