import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { undoResultText } from '../import-labels';
import type { ImportRow } from '../import-types';
import { RowCustomerLink } from './RowCustomerLink';

/** What the undo did with the customer a row created: removed, or kept and why, with the kept customer as it stands now. */
export function ImportUndoWhy({ row }: { row: ImportRow }) {
  const t = useT();
  if (!row.undo) return null;
  const kept = row.undo !== 'REMOVED' && row.customer;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }} data-testid="import-row-why" data-undo={row.undo}>
      {undoResultText(row.undo, t)}
      {kept ? (
        <>
          {t('imports.why.separator')}
          <RowCustomerLink customer={kept} />
        </>
      ) : null}
    </Typography>
  );
}
