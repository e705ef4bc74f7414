import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { outcomeLabel, reasonText } from '../import-labels';
import type { ImportDestinationKind, ImportRow } from '../import-types';
import { problemText } from '../row-wording';

/** Where the customer a row went into opens: pool customers in the pool, owned ones on their page. */
export function customerLink(row: Pick<ImportRow, 'outcome' | 'customerId'>, destination: ImportDestinationKind | null): { to: string; inPool: boolean } | null {
  if (!row.customerId) return null;
  const inPool = row.outcome === 'FILLED' || destination === 'POOL';
  return { to: inPool ? `/pool?customer=${encodeURIComponent(row.customerId)}` : `/customers/${encodeURIComponent(row.customerId)}`, inPool };
}

/**
 * What the write made of a row: the customer it created, filled or added its contact to (linked
 * where it opens), or why it was skipped, failed or not reached, in the words the result file uses;
 * a row with wrong fields names them.
 */
export function ImportOutcomeWhy({ row, destination }: { row: ImportRow; destination: ImportDestinationKind | null }) {
  const t = useT();
  const link = customerLink(row, destination);
  if (row.outcome === 'CREATED' || row.outcome === 'FILLED' || row.outcome === 'MERGED') {
    const what =
      row.outcome === 'CREATED'
        ? t(link?.inPool ? 'imports.done.createdInPool' : 'imports.done.created')
        : row.outcome === 'FILLED'
          ? t('imports.done.filled')
          : t('imports.done.merged', { row: row.earlierRow ?? 0 });
    return (
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }} data-testid="import-row-why">
        {what}
        {link ? (
          <>
            {t('imports.why.separator')}
            <Link component={RouterLink} to={link.to} data-testid="import-row-link">
              {t(link.inPool ? 'imports.done.openInPool' : 'imports.done.open')}
            </Link>
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
      {row.outcomeReason === 'INVALID_FIELDS' && row.problems.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'error.main' }}>
          {row.problems.map((problem, i) => (
            <Typography key={i} component="li" variant="body2" data-testid="import-row-problem">
              {problemText(problem, t)}
            </Typography>
          ))}
        </Box>
      ) : null}
    </>
  );
}
