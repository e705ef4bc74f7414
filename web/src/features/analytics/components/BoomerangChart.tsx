import Typography from '@mui/material/Typography';
import { formatCount, formatShare } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS } from '../analytics-labels';
import { largest } from '../analytics-format';
import type { BoomerangRate, PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

const SHOWN = 15;

interface Props {
  data: PoolAnalytics;
  by: 'rep' | 'source';
}

const name = (row: BoomerangRate) => row.rep?.name ?? row.source ?? L.noSource;

/** The share of claims and assignments that came back to the pool within 30 days, per rep or per source. */
export function BoomerangChart({ data, by }: Props) {
  const all = by === 'rep' ? data.boomerangByRep : data.boomerangBySource;
  const title = by === 'rep' ? L.boomerangByRep : L.boomerangBySource;
  const shown = largest(all, (r) => r.rate, SHOWN);
  return (
    <ChartCard
      id={by === 'rep' ? 'boomerang-rep' : 'boomerang-source'}
      title={title}
      definition={CHART_DEFINITIONS.boomerang}
      range={data}
      csv={{ header: [by === 'rep' ? L.rep : L.source, L.moves, L.back, L.rate], rows: all.map((r) => [name(r), r.moves, r.back, r.rate]) }}
    >
      {all.length === 0 ? (
        <NoData message={L.boomerangTooYoung} />
      ) : (
        <>
          <RankedBarChart labels={shown.map(name)} values={shown.map((r) => r.rate)} label={L.rate} format={(v) => formatShare(v, undefined, 0)}
            color="#0f766e" max={1} />
          {all.length > SHOWN ? (
            <Typography variant="caption" color="text.secondary">{`${formatCount(SHOWN)} / ${formatCount(all.length)}`}</Typography>
          ) : null}
        </>
      )}
    </ChartCard>
  );
}
