import { useState } from 'react';
import type { ChipProps } from '@mui/material/Chip';
import { IMPORT_OUTCOMES } from '@berth/domain';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { outcomeLabel } from '../import-labels';
import type { ImportJobDetail, ImportOutcome, ImportOutcomeCounts } from '../import-types';
import { CountChips } from './CountChips';
import { ImportOutcomeWhy } from './ImportOutcomeWhy';
import { ImportRowList } from './ImportRowList';
import { ImportSection } from './ImportSection';
import { ResultFileLinks } from './ResultFileLinks';

const OUTCOME_COLORS: Record<ImportOutcome, ChipProps['color']> = {
  CREATED: 'success',
  FILLED: 'info',
  MERGED: 'info',
  SKIPPED: 'default',
  FAILED: 'error',
  CANCELLED: 'warning',
};

/** The first outcome with rows: what the list opens on. */
function firstWithRows(counts: ImportOutcomeCounts): ImportOutcome {
  return IMPORT_OUTCOMES.find((o) => counts[o] > 0) ?? 'CREATED';
}

type Job = Pick<ImportJobDetail, 'id' | 'status' | 'totalRows' | 'finishedAt' | 'outcomeCounts' | 'mapping'>;

/**
 * What the import did, once its write is over: rows per outcome (every row in exactly one), one
 * outcome's rows with what became of each and why, and the result file to download.
 */
export function ImportOutcomes({ job }: { job: Job }) {
  const t = useT();
  const fmt = useFormat();
  const [chosen, setChosen] = useState<ImportOutcome | null>(null);
  const selected = chosen ?? firstWithRows(job.outcomeCounts);
  const counted = IMPORT_OUTCOMES.reduce((sum, o) => sum + job.outcomeCounts[o], 0);
  // An undone import keeps the trace of its cancel in its rows, not in its status.
  const wasCancelled = job.status === 'CANCELLED' || job.outcomeCounts.CANCELLED > 0;
  return (
    <ImportSection testId="import-outcomes" title={t('imports.result.title')} lineTestId="import-outcome-line"
      line={t(wasCancelled ? 'imports.result.cancelledAt' : 'imports.result.doneAt', { when: fmt.dateTime(job.finishedAt), count: counted })}>
      <CountChips codes={IMPORT_OUTCOMES} counts={job.outcomeCounts} colors={OUTCOME_COLORS} label={(o) => outcomeLabel(o, t)} selected={selected}
        onSelect={setChosen} groupLabel={t('imports.result.outcomes')} testId="import-outcome" />
      <ImportRowList key={selected} jobId={job.id} filter={{ outcome: selected }} total={job.outcomeCounts[selected]} mapping={job.mapping}
        why={(row) => <ImportOutcomeWhy row={row} />} />
      <ResultFileLinks jobId={job.id} />
    </ImportSection>
  );
}
