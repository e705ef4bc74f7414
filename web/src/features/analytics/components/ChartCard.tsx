import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { InfoTip } from '../../../shared/components/InfoTip';
import { csvFileName, downloadCsv, type CsvCell } from '../../../shared/csv/csv';
import { useT } from '../../../i18n/I18nProvider';

export interface ChartCsv {
  header: string[];
  rows: CsvCell[][];
}

interface Props {
  id: string;
  title: string;
  definition: string;
  /** The chart's data as a table; the file is named after the chart and the range. */
  csv: ChartCsv;
  range: { from: string; to: string };
  children: ReactNode;
  /** Spans the whole grid row on wide screens. */
  wide?: boolean;
}

/** One chart: its title, the (i) that defines its number, an Export CSV button, and the chart. */
export function ChartCard({ id, title, definition, csv, range, children, wide = false }: Props) {
  const t = useT();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      data-testid={`chart-${id}`}
      sx={{ p: { xs: 1.5, sm: 2 }, minWidth: 0, gridColumn: wide ? { lg: '1 / -1' } : undefined }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mb: 1 }}>
        <Typography variant="h3" component="h2" sx={{ fontSize: '1rem' }}>
          {title}
        </Typography>
        <InfoTip text={definition} label={t('analytics.howDefined', { chart: title })} testId={`chart-${id}-definition`} />
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          color="inherit"
          startIcon={<FileDownloadOutlined />}
          aria-label={t('analytics.exportCsvOf', { chart: title })}
          data-testid={`chart-${id}-csv`}
          onClick={() => downloadCsv(csvFileName(title, range.from, range.to), csv.header, csv.rows)}
          sx={{ flexShrink: 0, color: 'text.secondary' }}
        >
          {t('analytics.exportCsv')}
        </Button>
      </Box>
      {children}
    </Paper>
  );
}

/** Shown instead of an empty chart; "Nothing in this range." unless the chart says why. */
export function NoData({ message }: { message?: string }) {
  const t = useT();
  return (
    <Typography color="text.secondary" variant="body2" sx={{ py: 4, textAlign: 'center' }} data-testid="chart-empty">
      {message ?? t('analytics.noData')}
    </Typography>
  );
}
