import { useState } from 'react';
import { IMPORT_ROW_CLASSES } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { ImportJobDetail, ImportRowClass } from '../import-types';
import { ImportClassChips } from './ImportClassChips';
import { ImportRowList } from './ImportRowList';
import { ImportRowReason } from './ImportRowReason';
import { ImportSection } from './ImportSection';

/** The first class with rows: what the review opens on. */
function firstWithRows(counts: ImportJobDetail['classCounts']): ImportRowClass {
  return IMPORT_ROW_CLASSES.find((c) => counts[c] > 0) ?? 'NEW';
}

/** The pre-check's review: rows per class, and one class's rows with why each is there. */
export function ImportReview({ job }: { job: Pick<ImportJobDetail, 'id' | 'classCounts' | 'mapping'> }) {
  const t = useT();
  const [chosen, setChosen] = useState<ImportRowClass | null>(null);
  const selected = chosen ?? firstWithRows(job.classCounts);
  return (
    <ImportSection testId="import-review" title={t('imports.review.title')} line={t(`imports.classHint.${selected}`)}>
      <ImportClassChips counts={job.classCounts} selected={selected} onSelect={setChosen} />
      <ImportRowList key={selected} jobId={job.id} filter={{ class: selected }} total={job.classCounts[selected]} mapping={job.mapping}
        why={(row, now) => <ImportRowReason row={row} now={now} />} />
    </ImportSection>
  );
}
