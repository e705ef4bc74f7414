import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { MessageKey } from '../../../i18n/catalogue/en';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { chartDefinition, chartTitle, cohortKindName } from '../analytics-labels';
import { bucketLabel } from '../analytics-format';
import type { ConversionCohort, PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';

type Share = 'wonWithin30Days' | 'wonWithin60Days' | 'wonWithin90Days' | 'activatedWithin48Hours';
const SHARES: { key: Share; column: MessageKey }[] = [
  { key: 'wonWithin30Days', column: 'analytics.column.won30' },
  { key: 'wonWithin60Days', column: 'analytics.column.won60' },
  { key: 'wonWithin90Days', column: 'analytics.column.won90' },
  { key: 'activatedWithin48Hours', column: 'analytics.column.activated' },
];

/** Cohorts as a heat table: darker is a larger share; a cohort too young for a column leaves its cell empty. */
export function ConversionTable({ data }: { data: PoolAnalytics }) {
  const t = useT();
  const fmt = useFormat();
  const cohorts = [...data.conversion].sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
  // A bucket nobody claimed from is a row of blanks: left out of the table, kept in the CSV.
  const shown = cohorts.filter((c) => c.size > 0);
  return (
    <ChartCard
      id="conversion"
      title={chartTitle('conversion', t)}
      definition={chartDefinition('conversion', t)}
      range={data}
      wide
      csv={{
        header: [
          t('analytics.column.bucketStart'),
          t('analytics.column.bucketEnd'),
          t('analytics.column.kind'),
          t('analytics.column.size'),
          ...SHARES.map((s) => t(s.column)),
        ],
        // Dates stay YYYY-MM-DD in the file: a spreadsheet sorts and reads them as dates.
        rows: cohorts.map((c) => [c.start, c.end, cohortKindName(c.kind, t), c.size, ...SHARES.map((s) => c[s.key])]),
      }}
    >
      {shown.length === 0 ? (
        <NoData />
      ) : (
        <>
        {shown.every((c) => c.wonWithin30Days === null) ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="cohorts-too-young">{t('analytics.allTooYoung')}</Typography>
        ) : null}
        <TableContainer sx={{ maxHeight: 420 }}>
          <Table size="small" stickyHeader sx={{ '& th': { fontWeight: 600, color: 'text.secondary', whiteSpace: 'nowrap', bgcolor: 'background.paper' } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, bgcolor: 'background.paper' }}>{t('analytics.column.cohort')}</TableCell>
                <TableCell>{t('analytics.column.kind')}</TableCell>
                <TableCell align="right">{t('analytics.column.size')}</TableCell>
                {SHARES.map((s) => (
                  <TableCell key={s.key} align="right">{t(s.column)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((c) => (
                <TableRow key={`${c.start}-${c.kind}`} data-testid="cohort-row" data-start={c.start} data-kind={c.kind}>
                  <TableCell sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', whiteSpace: 'nowrap' }}>
                    {bucketLabel(c.start, data.bucket, fmt)}
                  </TableCell>
                  <TableCell>{cohortKindName(c.kind, t)}</TableCell>
                  <TableCell align="right">{fmt.count(c.size)}</TableCell>
                  {SHARES.map((s) => (
                    <ShareCell key={s.key} cohort={c} share={s.key} />
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        </>
      )}
    </ChartCard>
  );
}

function ShareCell({ cohort, share }: { cohort: ConversionCohort; share: Share }) {
  const t = useT();
  const fmt = useFormat();
  const value = cohort[share];
  if (value === null) {
    return <TableCell align="right" title={t('analytics.tooYoung')} aria-label={t('analytics.tooYoung')} data-testid="cohort-cell" data-share={share} data-empty="true" />;
  }
  return (
    <TableCell align="right" data-testid="cohort-cell" data-share={share} data-empty="false"
      sx={(theme) => ({ bgcolor: alpha(theme.palette.primary.main, 0.08 + 0.5 * value), fontVariantNumeric: 'tabular-nums' })}>
      <Box component="span" sx={{ color: value > 0.6 ? 'primary.contrastText' : 'text.primary' }}>{fmt.share(value, 0)}</Box>
    </TableCell>
  );
}
