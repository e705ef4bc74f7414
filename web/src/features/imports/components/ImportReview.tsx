import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { IMPORT_ROW_CLASSES } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { ImportJobDetail, ImportRowClass } from '../import-types';
import { ImportClassChips } from './ImportClassChips';
import { ImportRowList } from './ImportRowList';
import { ImportRowReason } from './ImportRowReason';

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
    <section aria-labelledby="import-review-title" data-testid="import-review">
      <Typography variant="h2" id="import-review-title" sx={{ mb: 0.5 }}>
        {t('imports.review.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t(`imports.classHint.${selected}`)}
      </Typography>
      <ImportClassChips counts={job.classCounts} selected={selected} onSelect={setChosen} />
      <ImportRowList key={selected} jobId={job.id} filter={{ class: selected }} total={job.classCounts[selected]} mapping={job.mapping}
        why={(row, now) => <ImportRowReason row={row} now={now} />} />
    </section>
  );
}
