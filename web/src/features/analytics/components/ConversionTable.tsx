import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { formatCount, formatShare } from '../../../shared/format/numbers';
import { ANALYTICS_LABELS as L, CHART_DEFINITIONS, COHORT_KIND_LABELS } from '../analytics-labels';
import { bucketLabel } from '../analytics-format';
import type { ConversionCohort, PoolAnalytics } from '../analytics-types';
import { ChartCard, NoData } from './ChartCard';

type Share = 'wonWithin30Days' | 'wonWithin60Days' | 'wonWithin90Days' | 'activatedWithin48Hours';
const SHARES: { key: Share; label: string }[] = [
  { key: 'wonWithin30Days', label: L.won30 },
  { key: 'wonWithin60Days', label: L.won60 },
  { key: 'wonWithin90Days', label: L.won90 },
  { key: 'activatedWithin48Hours', label: L.activated },
];

/** Cohorts as a heat table: darker is a larger share; a cohort too young for a column leaves its cell empty. */
export function ConversionTable({ data }: { data: PoolAnalytics }) {
  const cohorts = [...data.conversion].sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
  // A bucket nobody claimed from is a row of blanks: left out of the table, kept in the CSV.
  const shown = cohorts.filter((c) => c.size > 0);
  return (
    <ChartCard
      id="conversion"
      title={L.conversion}
      definition={CHART_DEFINITIONS.conversion}
      range={data}
      wide
      csv={{
        header: [L.bucketStart, L.bucketEnd, L.kind, L.size, ...SHARES.map((s) => s.label)],
        rows: cohorts.map((c) => [c.start, c.end, COHORT_KIND_LABELS[c.kind], c.size, ...SHARES.map((s) => c[s.key])]),
      }}
    >
      {shown.length === 0 ? (
        <NoData />
      ) : (
        <>
        {shown.every((c) => c.wonWithin30Days === null) ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="cohorts-too-young">{L.allTooYoung}</Typography>
        ) : null}
        <TableContainer sx={{ maxHeight: 420 }}>
          <Table size="small" stickyHeader sx={{ '& th': { fontWeight: 600, color: 'text.secondary', whiteSpace: 'nowrap', bgcolor: 'background.paper' } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3, bgcolor: 'background.paper' }}>{L.cohort}</TableCell>
                <TableCell>{L.kind}</TableCell>
                <TableCell align="right">{L.size}</TableCell>
                {SHARES.map((s) => (
                  <TableCell key={s.key} align="right">{s.label}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((c) => (
                <TableRow key={`${c.start}-${c.kind}`} data-testid="cohort-row" data-start={c.start} data-kind={c.kind}>
                  <TableCell sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', whiteSpace: 'nowrap' }}>
                    {bucketLabel(c.start, data.bucket)}
                  </TableCell>
                  <TableCell>{COHORT_KIND_LABELS[c.kind]}</TableCell>
                  <TableCell align="right">{formatCount(c.size)}</TableCell>
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
  const value = cohort[share];
  if (value === null) {
    return <TableCell align="right" title={L.tooYoung} aria-label={L.tooYoung} data-testid="cohort-cell" data-share={share} data-empty="true" />;
  }
  return (
    <TableCell align="right" data-testid="cohort-cell" data-share={share} data-empty="false"
      sx={(t) => ({ bgcolor: alpha(t.palette.primary.main, 0.08 + 0.5 * value), fontVariantNumeric: 'tabular-nums' })}>
      <Box component="span" sx={{ color: value > 0.6 ? 'primary.contrastText' : 'text.primary' }}>{formatShare(value, undefined, 0)}</Box>
    </TableCell>
  );
}
