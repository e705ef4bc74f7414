import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { ImportJobSummary } from '../import-types';
import { ImportStatusChip } from './ImportStatusChip';

/** Recent imports, newest first: file, status, rows, when and by whom; one opens on click. */
export function ImportJobList({ jobs, onOpen }: { jobs: readonly ImportJobSummary[]; onOpen: (id: string) => void }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Paper variant="outlined">
      <List disablePadding data-testid="import-list" data-count={jobs.length}>
        {jobs.map((job) => (
          <ListItemButton key={job.id} divider onClick={() => onOpen(job.id)} data-testid="import-row" data-import-id={job.id} data-status={job.status}
            sx={{ display: 'block', py: 1.25 }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
              <ImportStatusChip status={job.status} />
              <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="import-row-file">
                {job.fileName}
              </Typography>
            </Box>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }} data-testid="import-row-meta">
              {t('imports.list.meta', { rows: job.totalRows, name: job.createdBy.name, when: fmt.dateTime(job.createdAt) })}
            </Typography>
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
