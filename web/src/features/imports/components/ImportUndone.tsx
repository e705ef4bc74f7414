import { useState } from 'react';
import type { ChipProps } from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { undoGroupLabel } from '../import-labels';
import type { ImportJobDetail } from '../import-types';
import { undoGroupCounts, UNDO_GROUPS, UNDO_RESULTS, type UndoGroup } from '../undo-groups';
import { CountChips } from './CountChips';
import { ImportRowList } from './ImportRowList';
import { ImportSection } from './ImportSection';
import { ImportUndoWhy } from './ImportUndoWhy';

const GROUP_COLORS: Record<UndoGroup, ChipProps['color']> = { REMOVED: 'default', KEPT: 'warning' };

type Job = Pick<ImportJobDetail, 'id' | 'undoneAt' | 'undoCounts' | 'mapping'>;

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
    <ImportSection testId="import-undone" title={t('imports.undo.title')} lineTestId="import-undone-line"
      line={t('imports.undo.doneAt', { when: fmt.dateTime(job.undoneAt), removed, kept })} sx={{ mb: 3 }}>
      <CountChips codes={UNDO_GROUPS} counts={counts} colors={GROUP_COLORS} label={(g) => undoGroupLabel(g, t).label} selected={selected}
        onSelect={setChosen} groupLabel={t('imports.undo.groups')} testId="import-undone" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="import-undo-hint">
        {undoGroupLabel(selected, t).hint}
      </Typography>
      <ImportRowList key={selected} jobId={job.id} filter={{ undo: UNDO_RESULTS[selected] }} total={counts[selected]} mapping={job.mapping}
        why={(row) => <ImportUndoWhy row={row} />} attrs={{ 'data-undo': selected }} />
    </ImportSection>
  );
}
