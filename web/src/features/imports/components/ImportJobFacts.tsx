import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { ImportJobDetail } from '../import-types';

/** "XLSX · 30 rows · uploaded by Mia Manager, Dec 1, 2026, 9:00 AM · source: Canton Fair 2026". */
export function ImportJobFacts({ job }: { job: Pick<ImportJobDetail, 'fileKind' | 'totalRows' | 'createdAt' | 'createdBy' | 'source'> }) {
  const t = useT();
  const fmt = useFormat();
  const facts = [
    job.fileKind,
    t('imports.facts.rows', { count: job.totalRows }),
    t('imports.facts.uploaded', { name: job.createdBy.name, when: fmt.dateTime(job.createdAt) }),
    ...(job.source ? [t('imports.facts.source', { source: job.source })] : []),
  ];
  return <span data-testid="import-facts">{facts.join(' · ')}</span>;
}
