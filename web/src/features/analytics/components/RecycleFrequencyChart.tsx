import Typography from '@mui/material/Typography';
import { formatCount, formatDecimal } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS } from '../analytics-labels';
import { largest } from '../analytics-format';
import type { PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

const SHOWN = 15;

export function RecycleFrequencyChart({ data }: { data: PoolAnalytics }) {
  const all = data.recycleFrequency;
  const shown = largest(all, (r) => r.frequency, SHOWN);
  return (
    <ChartCard
      id="frequency"
      title={L.frequency}
      definition={CHART_DEFINITIONS.frequency}
      range={data}
      csv={{
        header: [L.rep, L.recycles, L.averageHoldings, L.frequencyColumn],
        rows: all.map((r) => [r.rep.name, r.recycles, r.averageHoldings, r.frequency]),
      }}
    >
      {all.length === 0 ? (
        <NoData />
      ) : (
        <>
          <RankedBarChart labels={shown.map((r) => r.rep.name)} values={shown.map((r) => r.frequency)} label={L.frequencyColumn}
            format={(v) => formatDecimal(v)} color="#c2410c" />
          {all.length > SHOWN ? (
            <Typography variant="caption" color="text.secondary">{`${formatCount(SHOWN)} / ${formatCount(all.length)}`}</Typography>
          ) : null}
        </>
      )}
    </ChartCard>
  );
}
