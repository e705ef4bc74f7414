import { useState } from 'react';
import type { ChipProps } from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useUndoneRows } from '../hooks/useUndoneRows';
import { undoGroupLabel } from '../import-labels';
import type { ImportJobDetail } from '../import-types';
import { undoGroupCounts, UNDO_GROUPS, type UndoGroup } from '../undo-groups';
import { CountChips } from './CountChips';
import { ImportRowsPanel } from './ImportRowsPanel';
import { ImportUndoWhy } from './ImportUndoWhy';

const GROUP_COLORS: Record<UndoGroup, ChipProps['color']> = { REMOVED: 'default', KEPT: 'warning' };

type Job = Pick<ImportJobDetail, 'id' | 'undoneAt' | 'undoCounts' | 'outcomeCounts' | 'mapping'>;

/** One group's rows, with why each was kept or that it was removed. */
function UndoneRows({ job, group, total }: { job: Job; group: UndoGroup; total: number }) {
  const { rows, searching, error, retry, showMore, hasMore } = useUndoneRows(job.id, group, total, job.outcomeCounts.CREATED);
  return (
    <ImportRowsPanel rows={rows} total={total} mapping={job.mapping} why={(row) => <ImportUndoWhy row={row} />} busy={searching} error={error}
      onRetry={retry} hasMore={hasMore} onMore={showMore} attrs={{ 'data-undo': group }} />
  );
}

/**
 * What the undo did, once it is over: created customers removed and kept, and one group's rows;
 * it opens on the kept ones, each saying why (claimed, followed up or changed since).
 */
export function ImportUndone({ job }: { job: Job }) {
  const t = useT();
  const fmt = useFormat();
  const counts = undoGroupCounts(job.undoCounts);
  const [chosen, setChosen] = useState<UndoGroup | null>(null);
  const selected = chosen ?? (counts.KEPT > 0 ? 'KEPT' : 'REMOVED');
  const { removed, kept } = job.undoCounts;
  return (
    <section aria-labelledby="import-undone-title" data-testid="import-undone">
      <Typography variant="h2" id="import-undone-title" sx={{ mb: 0.5 }}>
        {t('imports.undo.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="import-undone-line">
        {t('imports.undo.doneAt', { when: fmt.dateTime(job.undoneAt), removed, kept })}
      </Typography>
      <CountChips codes={UNDO_GROUPS} counts={counts} colors={GROUP_COLORS} label={(g) => undoGroupLabel(g, t).label} selected={selected}
        onSelect={setChosen} groupLabel={t('imports.undo.groups')} testId="import-undone" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="import-undo-hint">
        {undoGroupLabel(selected, t).hint}
      </Typography>
      <UndoneRows key={selected} job={job} group={selected} total={counts[selected]} />
    </section>
  );
}
