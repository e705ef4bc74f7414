import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { outcomeLabel, reasonText } from '../import-labels';
import type { ImportRow } from '../import-types';
import { ImportRowProblems } from './ImportRowProblems';
import { RowCustomerLink } from './RowCustomerLink';

/**
 * What the write made of a row: the customer it created, filled or added its contact to, as that
 * customer stands now (linked where the viewer may open it: the pool or its page), or why it was
 * skipped, failed or not reached, in the words the result file uses; a row with wrong fields names
 * them.
 */
export function ImportOutcomeWhy({ row }: { row: ImportRow }) {
  const t = useT();
  const customer = row.customer;
  if (row.outcome === 'CREATED' || row.outcome === 'FILLED' || row.outcome === 'MERGED') {
    const what =
      row.outcome === 'CREATED'
        ? t(customer?.inPool ? 'imports.done.createdInPool' : 'imports.done.created')
        : row.outcome === 'FILLED'
          ? t('imports.done.filled')
          : t('imports.done.merged', { row: row.earlierRow ?? 0 });
    return (
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }} data-testid="import-row-why">
        {what}
        {customer ? (
          <>
            {t('imports.why.separator')}
            <RowCustomerLink customer={customer} />
          </>
        ) : null}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" color={row.outcome === 'FAILED' ? 'error.main' : 'text.secondary'} sx={{ overflowWrap: 'anywhere' }}
        data-testid="import-row-why" data-reason={row.outcomeReason ?? ''}>
        {row.outcomeReason ? reasonText(row.outcomeReason, t) : row.outcome ? outcomeLabel(row.outcome, t) : null}
      </Typography>
      {row.outcomeReason === 'INVALID_FIELDS' && row.problems.length > 0 ? <ImportRowProblems problems={row.problems} /> : null}
    </>
  );
}
