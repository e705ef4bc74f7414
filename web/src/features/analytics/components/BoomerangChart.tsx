import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translator';
import { chartDefinition, chartTitle } from '../analytics-labels';
import { largest } from '../analytics-format';
import type { BoomerangRate, PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';
import { RankedBarChart } from './RankedBarChart';

const SHOWN = 15;

interface Props {
  data: PoolAnalytics;
  by: 'rep' | 'source';
}

const nameOf = (row: BoomerangRate, t: Translate) => ('rep' in row ? row.rep?.name : row.source) ?? t('analytics.noSource');

/** The share of claims and assignments that came back to the pool within 30 days, per rep or per source. */
export function BoomerangChart({ data, by }: Props) {
  const t = useT();
  const fmt = useFormat();
  const all: readonly BoomerangRate[] = by === 'rep' ? data.boomerangByRep : data.boomerangBySource;
  const title = chartTitle(by === 'rep' ? 'boomerangByRep' : 'boomerangBySource', t);
  const shown = largest(all, (r) => r.rate, SHOWN);
  const name = (row: BoomerangRate) => nameOf(row, t);
  return (
    <ChartCard
      id={by === 'rep' ? 'boomerang-rep' : 'boomerang-source'}
      title={title}
      definition={chartDefinition('boomerang', t)}
      range={data}
      csv={{
        header: [
          t(by === 'rep' ? 'analytics.column.rep' : 'analytics.column.source'),
          t('analytics.column.moves'),
          t('analytics.column.back'),
          t('analytics.column.rate'),
        ],
        rows: all.map((r) => [name(r), r.moves, r.back, r.rate]),
      }}
    >
      {all.length === 0 ? (
        <NoData message={t('analytics.boomerangTooYoung')} />
      ) : (
        <>
          <RankedBarChart labels={shown.map(name)} values={shown.map((r) => r.rate)} label={t('analytics.column.rate')}
            format={(v) => fmt.share(v, 0)} color="#0f766e" max={1} />
          {all.length > SHOWN ? (
            <Typography variant="caption" color="text.secondary">{`${fmt.count(SHOWN)} / ${fmt.count(all.length)}`}</Typography>
          ) : null}
        </>
      )}
    </ChartCard>
  );
}
