import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { chartDefinition, chartTitle } from '../analytics-labels';
import { largest } from '../analytics-format';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

const SHOWN = 15;

export function RecycleFrequencyChart({ data }: { data: PoolAnalytics }) {
  const t = useT();
  const fmt = useFormat();
  const all = data.recycleFrequency;
  const shown = largest(all, (r) => r.frequency, SHOWN);
  return (
    <ChartCard
      id="frequency"
      title={chartTitle('frequency', t)}
      definition={chartDefinition('frequency', t)}
      range={data}
      csv={{
        header: [t('analytics.column.rep'), t('analytics.column.recycles'), t('analytics.column.averageHoldings'), t('analytics.column.frequency')],
        rows: all.map((r) => [r.rep.name, r.recycles, r.averageHoldings, r.frequency]),
      }}
    >
      {all.length === 0 ? (
        <NoData />
      ) : (
        <>
          <RankedBarChart labels={shown.map((r) => r.rep.name)} values={shown.map((r) => r.frequency)} label={t('analytics.column.frequency')}
            format={(v) => fmt.decimal(v)} color="#c2410c" />
          {all.length > SHOWN ? (
            <Typography variant="caption" color="text.secondary">{`${fmt.count(SHOWN)} / ${fmt.count(all.length)}`}</Typography>
          ) : null}
        </>
      )}
    </ChartCard>
  );
}
